import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One variant in the prices list: its price where the list is, and why.
ItemDelegate {
    id: root
    required property int index
    required property string variantId
    required property string sku
    required property string name
    required property string price
    required property string mrp
    required property string tax
    required property string priceWhy
    required property bool priceScheduled
    required property bool priced
    required property var columns
    property bool selected: false

    height: Theme.rowHeight
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
        color: Theme.text
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
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            RowLayout {
                spacing: 6
                Layout.fillWidth: true
                Cell {
                    text: root.name
                    font.weight: Font.Medium
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "scheduledMarker"
                    visible: root.priceScheduled
                    text: qsTr("Change due")
                    font.pixelSize: 10
                    font.weight: Font.DemiBold
                    color: Theme.warn
                    padding: 2
                    leftPadding: 6
                    rightPadding: 6
                    background: Rectangle { color: Theme.warnSoft; radius: 3 }
                }
            }
            Cell {
                objectName: "rowWhy"
                visible: root.priced
                text: root.priceWhy
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
            }
        }
        Cell {
            text: root.mrp
            color: Theme.textMuted
            horizontalAlignment: Text.AlignRight
            visible: root.columns.mrp > 0
            Layout.preferredWidth: root.columns.mrp
        }
        Cell {
            objectName: "rowPrice"
            text: root.priced ? root.price : qsTr("No price")
            color: root.priced ? Theme.text : Theme.warn
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: root.columns.price
        }
        Cell {
            text: root.tax
            color: Theme.textMuted
            horizontalAlignment: Text.AlignRight
            visible: root.columns.tax > 0
            Layout.preferredWidth: root.columns.tax
        }
    }
}
