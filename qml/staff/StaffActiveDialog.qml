import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// Asks before an account is disabled or enabled again.
Dialog {
    id: root
    property string login: ""
    property string displayName: ""
    property bool disabling: true
    signal confirmed(string login, bool active)

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 460
    padding: 20
    topPadding: 8

    header: Label {
        text: root.disabling ? qsTr("Disable %1?").arg(root.displayName)
                             : qsTr("Enable %1 again?").arg(root.displayName)
        font.pixelSize: 16
        font.weight: Font.Bold
        color: Theme.text
        elide: Text.ElideRight
        padding: 20
        bottomPadding: 4
    }

    contentItem: Label {
        text: root.disabling
              ? qsTr("“%1” will no longer be able to sign in, and any Stockroom window still open with this account stops seeing data at once. You can enable the account again later.").arg(root.login)
              : qsTr("“%1” will be able to sign in again, with the same password and the same scope as before.").arg(root.login)
        wrapMode: Text.WordWrap
        color: Theme.text
        lineHeight: 1.15
    }

    footer: DialogButtonBox {
        padding: 16
        topPadding: 4
        Button {
            objectName: "confirmActiveButton"
            text: root.disabling ? qsTr("Disable account") : qsTr("Enable account")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            objectName: "cancelActiveButton"
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onAccepted: root.confirmed(root.login, !root.disabling)
}
