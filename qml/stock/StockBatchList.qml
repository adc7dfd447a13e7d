import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The selected position's batches: expiry (expired in red, in the alert window in amber), what
// is left, the status, and a write-off for any batch that still holds stock.
ListView {
    id: root
    required property StockController controller
    signal writeOffRequested(string batchId, string batchNumber, string onHand)
    objectName: "batchList"
    clip: true
    model: controller.batches
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    delegate: ItemDelegate {
        id: row
        required property string batchId
        required property string batchNumber
        required property string lotNumber
        required property string expiry
        required property string expiryState
        required property string alertDate
        required property string onHand
        required property string received
        required property string status
        required property string statusLabel
        required property bool canWriteOff
        width: ListView.view.width
        padding: 12
        background: Rectangle {
            color: row.expiryState === "expired" && row.canWriteOff ? "#fff5f5"
                   : row.expiryState === "alert" && row.canWriteOff ? "#fffbeb" : Theme.surface
            Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
        }
        contentItem: RowLayout {
            spacing: 10
            ColumnLayout {
                spacing: 1
                Layout.fillWidth: true
                Label {
                    text: row.batchNumber + (row.lotNumber.length > 0 ? qsTr("  ·  lot %1").arg(row.lotNumber) : "")
                    font.family: Theme.monoFamily
                    font.pixelSize: 12
                    color: row.status === "depleted" ? Theme.textMuted : Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "batchExpiry_" + row.batchNumber
                    text: row.expiry.length === 0 ? qsTr("No expiry date")
                          : row.expiryState === "expired" ? qsTr("Expired %1").arg(row.expiry)
                          : row.expiryState === "alert" ? qsTr("Expiring %1").arg(row.expiry)
                          : qsTr("Expires %1").arg(row.expiry)
                    color: row.status === "depleted" ? Theme.textMuted
                           : row.expiryState === "expired" ? Theme.bad : row.expiryState === "alert" ? Theme.warn : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    font.weight: row.expiryState === "ok" || row.status === "depleted" ? Font.Normal : Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            ColumnLayout {
                spacing: 1
                Label { text: row.onHand; font.weight: Font.DemiBold; color: Theme.text; Layout.alignment: Qt.AlignRight }
                Label { text: qsTr("of %1").arg(row.received); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; Layout.alignment: Qt.AlignRight }
            }
            StockBadge {
                text: row.statusLabel
                tone: row.status === "active" ? "good" : row.status === "depleted" ? "muted" : "bad"
            }
            Button {
                objectName: "writeOff_" + row.batchNumber
                visible: row.canWriteOff
                text: qsTr("Write off…")
                flat: true
                enabled: !root.controller.busy
                onClicked: root.writeOffRequested(row.batchId, row.batchNumber, row.onHand)
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 40
        visible: root.count === 0 && !root.controller.batches.loading
        title: qsTr("No batches")
        hint: qsTr("This stock was received without batch numbers. Use Receive batch… for stock with an expiry date.")
    }
}
