import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One stock position in the list: a variant at a location, its quantities and its state.
ItemDelegate {
    id: root
    required property int index
    required property string variantId
    required property string locationId
    required property string sku
    required property string name
    required property string locationCode
    required property string onHand
    required property string reserved
    required property string available
    required property string inTransit
    required property string reorderPoint
    required property string bin
    required property string level
    required property bool expiring
    required property bool archived
    required property double flashUntil // someone else changed it: highlighted until then
    required property var columns
    property bool selected: false

    height: Theme.rowHeight
    topPadding: 0
    bottomPadding: 0
    leftPadding: Theme.cellInset
    rightPadding: Theme.cellInset + Theme.scrollBarRoom

    LiveFlash { id: flash; until: root.flashUntil }

    background: Rectangle {
        color: root.selected ? Theme.selection : (root.hovered ? Theme.surfaceAlt : Theme.surface)
        Rectangle {
            objectName: "liveFlash"
            anchors.fill: parent
            color: Theme.flash
            opacity: flash.level
        }
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
    component Number: Cell {
        horizontalAlignment: Text.AlignRight
    }

    contentItem: RowLayout {
        spacing: 10
        Cell {
            text: root.sku
            font.family: Theme.monoFamily
            font.pixelSize: 12
            Layout.preferredWidth: root.columns.sku
        }
        Cell {
            text: root.name
            font.weight: Font.Medium
            Layout.fillWidth: true
        }
        Cell {
            text: root.locationCode
            color: Theme.textMuted
            font.pixelSize: 12
            Layout.preferredWidth: root.columns.location
        }
        Number { text: root.onHand; Layout.preferredWidth: root.columns.onHand }
        Number {
            text: root.reserved
            color: root.reserved === "0" ? Theme.textMuted : Theme.text
            visible: root.columns.reserved > 0
            Layout.preferredWidth: root.columns.reserved
        }
        Number {
            text: root.available
            Layout.preferredWidth: root.columns.available
            font.weight: Font.DemiBold
            color: root.level === "out" ? Theme.bad : root.level === "low" ? Theme.warn : Theme.text
        }
        Number {
            text: root.inTransit
            color: root.inTransit === "0" ? Theme.textMuted : Theme.text
            visible: root.columns.inTransit > 0
            Layout.preferredWidth: root.columns.inTransit
        }
        Number {
            text: root.reorderPoint
            color: Theme.textMuted
            visible: root.columns.reorder > 0
            Layout.preferredWidth: root.columns.reorder
        }
        Cell {
            text: root.bin
            visible: root.columns.bin > 0
            font.family: Theme.monoFamily
            font.pixelSize: 12
            color: Theme.textMuted
            Layout.preferredWidth: root.columns.bin
        }
        Row {
            spacing: 4
            Layout.preferredWidth: root.columns.status
            Layout.alignment: Qt.AlignVCenter
            StockBadge {
                visible: root.level !== "ok"
                objectName: "levelBadge"
                text: root.level === "out" ? qsTr("Out") : qsTr("Low")
                tone: root.level === "out" ? "bad" : "warn"
            }
            StockBadge {
                visible: root.expiring
                text: qsTr("Expiring")
                tone: "warn"
            }
            StockBadge {
                visible: root.archived
                text: qsTr("Archived")
            }
        }
    }
}
