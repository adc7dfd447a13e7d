import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The form for a new staff account: who, their login and role, a first password and where they
// work. A refusal keeps everything typed and says what to change.
Rectangle {
    id: root
    required property StaffController controller
    readonly property var errors: controller.fieldErrors
    signal cancelled()
    color: Theme.surface
    Rectangle { anchors { left: parent.left; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.border }

    function reset() {
        name.text = ""
        login.text = ""
        roleBox.currentIndex = 0
        passwords.clear()
        scope.setChosen([])
        name.focusInput()
    }
    function submit() {
        root.controller.createAccount(login.text, name.text, roleBox.currentValue,
                                      passwords.password, passwords.confirmation,
                                      scope.idsOf("store"), scope.idsOf("location"),
                                      scope.idsOf("dark_store"))
    }

    ScrollView {
        id: scroller
        anchors { fill: parent; leftMargin: 1 }
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 12

            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: 18
                Layout.bottomMargin: 0
                spacing: 4
                Label {
                    text: qsTr("New staff account")
                    font.pixelSize: 17
                    font.weight: Font.Bold
                    color: Theme.text
                }
                Label {
                    text: qsTr("They sign in with this login and password. You can change where they work and reset the password later.")
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 18
                Layout.rightMargin: 18
                spacing: 10

                StaffFormField {
                    id: name
                    label: qsTr("Name")
                    placeholderText: qsTr("e.g. Priya Shah")
                    inputObjectName: "nameField"
                    error: root.errors.displayName || ""
                    onEdited: root.controller.clearFieldError("displayName")
                    Layout.fillWidth: true
                }
                StaffFormField {
                    id: login
                    label: qsTr("Login")
                    placeholderText: qsTr("e.g. priya.shah — lower-case letters, digits . _ -")
                    inputObjectName: "loginField"
                    error: root.errors.login || ""
                    onEdited: root.controller.clearFieldError("login")
                    Layout.fillWidth: true
                }
                ColumnLayout {
                    spacing: 3
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Role")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                    }
                    ComboBox {
                        id: roleBox
                        objectName: "roleBox"
                        model: root.controller.roles
                        textRole: "title"
                        valueRole: "name"
                        Layout.fillWidth: true
                        onActivated: {
                            root.controller.clearFieldError("role")
                            root.controller.clearFieldError("scope")
                        }
                    }
                    Label {
                        text: roleBox.currentIndex >= 0 ? root.controller.roles[roleBox.currentIndex].hint : ""
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: (root.errors.role || "").length > 0
                        text: root.errors.role || ""
                        color: Theme.bad
                        font.pixelSize: Theme.fontSmall
                    }
                }
                StaffPasswordFields {
                    id: passwords
                    errors: root.errors
                    minimumLength: root.controller.minPasswordLength
                    onEdited: field => root.controller.clearFieldError(field)
                    Layout.fillWidth: true
                }

                SectionHeader { text: qsTr("Where they work") }
                ScopePicker {
                    id: scope
                    places: root.controller.places
                    role: roleBox.currentValue || ""
                    error: root.errors.scope || ""
                    onEdited: root.controller.clearFieldError("scope")
                    Layout.fillWidth: true
                }

                StaffMessage {
                    objectName: "createError"
                    text: root.controller.commandError
                    Layout.topMargin: 6
                }
                RowLayout {
                    spacing: 8
                    Layout.topMargin: 4
                    Layout.bottomMargin: 18
                    Button {
                        objectName: "createButton"
                        text: qsTr("Create account")
                        highlighted: true
                        enabled: !root.controller.busy
                        onClicked: root.submit()
                    }
                    Button {
                        text: qsTr("Cancel")
                        enabled: !root.controller.busy
                        onClicked: root.cancelled()
                    }
                    BusyIndicator {
                        running: root.controller.busy
                        visible: running
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                    }
                }
            }
        }
    }
}
