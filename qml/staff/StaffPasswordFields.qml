import QtQuick
import Stockroom.Screens
import QtQuick.Layouts

// A new password, typed twice.
ColumnLayout {
    id: root
    property var errors: ({})
    property string prefix: ""
    property int minimumLength: 8
    property alias password: first.text
    property alias confirmation: second.text
    signal edited(string field)
    spacing: 10

    function clear() {
        first.text = ""
        second.text = ""
    }
    function focusInput() { first.focusInput() }

    StaffFormField {
        id: first
        label: qsTr("Password")
        placeholderText: qsTr("At least %1 characters").arg(root.minimumLength)
        echoMode: TextInput.Password
        inputObjectName: root.prefix + "PasswordField"
        error: root.errors.password || ""
        onEdited: root.edited("password")
        Layout.fillWidth: true
    }
    StaffFormField {
        id: second
        label: qsTr("Password again")
        echoMode: TextInput.Password
        inputObjectName: root.prefix + "ConfirmField"
        error: root.errors.confirmation || ""
        onEdited: root.edited("confirmation")
        Layout.fillWidth: true
    }
}
