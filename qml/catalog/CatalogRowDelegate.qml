import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One variant in the catalog list.
ItemDelegate {
    id: root
    required property int index
    required property string variantId
    required property string sku
    required property string name
    required property string barcode
    required property string category
    required property string pack
    required property string price
    required property string available
    required property string stockState
    required property bool archived
    required property var columns
    property bool selected: ListView.isCurrentItem

    height: Theme.rowHeight
    // Same insets as CatalogHeader, so cells line up under their titles; the right one leaves
    // room for the scroll bar.
    topPadding: 0
    bottomPadding: 0
    leftPadding: Theme.cellInset
    rightPadding: Theme.cellInset + Theme.scrollBarRoom

    background: Rectangle {
        color: root.selected ? Theme.selection : (root.hovered ? Theme.surfaceAlt : Theme.surface)
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.border
        }
    }

    component Cell: Label {
        font.pixelSize: Theme.fontBody
        color: root.archived ? Theme.textMuted : Theme.text
        elide: Text.ElideRight
        Layout.alignment: Qt.AlignVCenter
    }

    contentItem: RowLayout {
        spacing: 12
        Cell {
            text: root.sku
            font.family: Theme.monoFamily
            font.pixelSize: 12
            Layout.preferredWidth: root.columns.sku
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Cell {
                text: root.name
                font.weight: Font.Medium
                Layout.fillWidth: true
            }
            Label {
                visible: root.archived
                text: qsTr("Archived")
                font.pixelSize: 10
                color: Theme.textMuted
                padding: 3
                background: Rectangle { color: Theme.border; radius: 3 }
            }
        }
        Cell {
            text: root.barcode
            font.family: Theme.monoFamily
            font.pixelSize: 12
            color: Theme.textMuted
            visible: root.columns.barcode > 0
            Layout.preferredWidth: root.columns.barcode
        }
        Cell {
            text: root.category.replace(/\//g, " › ")
            color: Theme.textMuted
            visible: root.columns.category > 0
            Layout.preferredWidth: root.columns.category
        }
        Cell {
            text: root.pack
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: root.columns.pack
        }
        Cell {
            text: root.price
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: root.columns.price
        }
        Cell {
            text: root.stockState === "out" ? qsTr("Out") : root.available
            color: root.stockState === "out" ? Theme.bad : Theme.text
            font.weight: root.stockState === "out" ? Font.DemiBold : Font.Normal
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: root.columns.available
        }
    }
}
