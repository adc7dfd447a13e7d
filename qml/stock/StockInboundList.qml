import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Transfers on their way to the selected position, each received with one click once the stock
// has arrived.
ColumnLayout {
    id: root
    required property StockController controller
    readonly property alias count: list.count
    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 14
        Layout.rightMargin: 14
        Layout.topMargin: 6
        Label {
            text: root.controller.inboundForLocation ? qsTr("Everything on its way to %1").arg(root.controller.selected.locationCode || "")
                                                     : qsTr("This item")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Switch {
            objectName: "inboundForLocation"
            text: qsTr("Whole location")
            checked: root.controller.inboundForLocation
            onToggled: root.controller.inboundForLocation = checked
        }
    }

    ListView {
        id: list
        objectName: "inboundList"
        clip: true
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: root.controller.inbound
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        delegate: ItemDelegate {
            id: row
            required property string transferId
            required property string sku
            required property string name
            required property string from
            required property string quantity
            required property string reason
            required property string sentBy
            required property string sentAt
            width: ListView.view.width
            padding: 12
            background: Rectangle {
                color: Theme.surface
                Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
            }
            contentItem: RowLayout {
                spacing: 10
                ColumnLayout {
                    spacing: 1
                    Layout.fillWidth: true
                    Label {
                        text: (root.controller.inboundForLocation ? row.sku + "  " + row.name + " — " : "")
                              + qsTr("%1 from %2").arg(row.quantity).arg(row.from)
                        font.weight: Font.DemiBold
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Sent %1 by %2").arg(row.sentAt).arg(row.sentBy) + (row.reason.length > 0 ? " · " + row.reason : "")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Button {
                    objectName: "receive_" + row.transferId
                    text: qsTr("Receive")
                    highlighted: true
                    enabled: !root.controller.busy
                    onClicked: root.controller.receiveTransfer(row.transferId)
                }
            }
        }

        header: StaffMessage {
            width: list.width
            height: visible ? implicitHeight : 0
            objectName: "receiveError"
            text: root.controller.commandError.length > 0 && list.count > 0
                  ? root.controller.commandHeadline + "\n" + root.controller.commandError : ""
        }

        EmptyState {
            anchors.centerIn: parent
            width: parent.width - 40
            visible: list.count === 0 && !root.controller.inbound.loading
            title: qsTr("Nothing to receive")
            hint: !root.controller.inboundForLocation && (root.controller.selected.inTransit || "0") !== "0"
                  ? qsTr("The %1 shown in transit was recorded without an open transfer, so there is nothing here to receive; count or adjust the stock when it arrives.").arg(root.controller.selected.inTransit)
                  : qsTr("Transfers sent to this location from elsewhere appear here until they are received.")
        }
    }
}
