import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// Asks before a reservation is committed: that turns the hold into a sale, and the stock leaves
// the shelf's on-hand for good.
Dialog {
    id: root
    property string reservationId: ""
    property string orderId: ""
    property string quantity: ""
    property string sku: ""
    property string name: ""
    property string locationCode: ""
    signal confirmed(string reservationId)

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 480
    padding: 20
    topPadding: 8

    header: Label {
        text: qsTr("Commit order %1 as a sale?").arg(root.orderId)
        font.pixelSize: 16
        font.weight: Font.Bold
        color: Theme.text
        elide: Text.ElideRight
        padding: 20
        bottomPadding: 4
    }

    contentItem: Label {
        objectName: "commitQuestion"
        text: qsTr("%1 of %2 (%3) held at %4 will be sold: it leaves the stock on hand there and is no longer reserved. This cannot be undone from this screen; a return is recorded as a new movement.")
              .arg(root.quantity).arg(root.name).arg(root.sku).arg(root.locationCode)
        wrapMode: Text.WordWrap
        color: Theme.text
        lineHeight: 1.15
    }

    footer: DialogButtonBox {
        padding: 16
        topPadding: 4
        PrimaryButton {
            objectName: "confirmCommitButton"
            text: qsTr("Commit as sale")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            objectName: "cancelCommitButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onAccepted: root.confirmed(root.reservationId)
}
