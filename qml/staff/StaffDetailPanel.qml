import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The selected staff member: who they are, where they work, and what an admin can do about
// it — change the scope, reset the password, disable or enable the account. Each change opens
// in place; a refusal shows under the section that sent it.
Rectangle {
    id: root
    required property StaffController controller
    readonly property var m: controller.selected
    readonly property string login: m.login || ""
    // The section being edited ("scope", "password") and the one whose answer to show.
    property string editing: ""
    property string acted: ""
    signal activeChangeRequested(string login, string displayName, bool disabling)

    color: Theme.surface
    Rectangle { anchors { left: parent.left; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.border }

    onLoginChanged: {
        editing = ""
        acted = ""
    }

    function edit(section) {
        root.controller.clearMessages()
        acted = ""
        editing = section
        if (section === "scope")
            scopePicker.setChosen((m.storeIds || []).concat(m.locationIds || [], m.darkStoreIds || []))
        else if (section === "password") {
            passwords.clear()
            passwords.focusInput()
        }
    }
    function stopEditing() {
        root.controller.clearMessages()
        editing = ""
        acted = ""
    }

    Connections {
        target: root.controller
        function onCommandFinished(command, login, ok) {
            if (ok && login === root.login)
                root.editing = ""
        }
    }

    component Note: Label {
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        Layout.fillWidth: true
    }

    ScrollView {
        id: scroller
        anchors { fill: parent; leftMargin: 1 }
        contentWidth: availableWidth
        visible: root.login.length > 0

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 2

            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: 18
                Layout.bottomMargin: 6
                spacing: 2
                Label {
                    objectName: "detailName"
                    text: root.m.displayName || ""
                    font.pixelSize: 17
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "detailLogin"
                    text: root.login
                    font.family: Theme.monoFamily
                    color: Theme.textMuted
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 18
                Layout.rightMargin: 18
                spacing: 6

                FactRow { label: qsTr("Role"); value: root.m.roleTitle || ""; Layout.fillWidth: true }
                FactRow {
                    Layout.fillWidth: true
                    label: qsTr("Status")
                    value: root.m.active ? qsTr("Active — can sign in") : qsTr("Disabled — cannot sign in")
                }
                FactRow { label: qsTr("Added"); value: root.m.createdAt || ""; Layout.fillWidth: true }

                // ── Where they work
                SectionHeader { text: qsTr("Where they work"); Layout.topMargin: 8 }
                Note {
                    visible: root.m.roleName === "admin"
                    text: qsTr("The whole tenant: an admin acts on every store, location and dark store.")
                }
                Repeater {
                    model: root.editing === "scope" ? [] : (root.m.scope || [])
                    delegate: RowLayout {
                        id: entry
                        required property var modelData
                        spacing: 8
                        Layout.fillWidth: true
                        Label {
                            text: entry.modelData.typeTitle
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            Layout.preferredWidth: 70
                        }
                        Label {
                            text: entry.modelData.code
                            font.family: Theme.monoFamily
                            font.pixelSize: 12
                            color: Theme.text
                        }
                        Label {
                            text: entry.modelData.name
                            color: Theme.textMuted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
                Button {
                    objectName: "changeScopeButton"
                    visible: root.m.roleName !== "admin" && root.editing !== "scope"
                    text: qsTr("Change where they work…")
                    enabled: !root.controller.busy
                    onClicked: root.edit("scope")
                }
                ColumnLayout {
                    visible: root.editing === "scope"
                    spacing: 8
                    Layout.fillWidth: true
                    ScopePicker {
                        id: scopePicker
                        places: root.controller.places
                        role: root.m.roleName || ""
                        error: root.controller.fieldErrors.scope || ""
                        onEdited: root.controller.clearFieldError("scope")
                        Layout.fillWidth: true
                    }
                    StaffMessage {
                        objectName: "scopeCommandError"
                        text: root.acted === "scope" ? root.controller.commandError : ""
                    }
                    RowLayout {
                        spacing: 8
                        Button {
                            objectName: "saveScopeButton"
                            text: qsTr("Save scope")
                            highlighted: true
                            enabled: !root.controller.busy
                            onClicked: {
                                root.acted = "scope"
                                root.controller.changeScope(root.login, scopePicker.idsOf("store"),
                                                            scopePicker.idsOf("location"),
                                                            scopePicker.idsOf("dark_store"))
                            }
                        }
                        Button {
                            text: qsTr("Cancel")
                            enabled: !root.controller.busy
                            onClicked: root.stopEditing()
                        }
                    }
                }

                // ── Password
                SectionHeader { text: qsTr("Password"); Layout.topMargin: 8 }
                Note {
                    text: qsTr("Set a new password when they have forgotten theirs, and tell it to them in person.")
                }
                Button {
                    objectName: "resetPasswordButton"
                    visible: root.editing !== "password"
                    text: qsTr("Reset password…")
                    enabled: !root.controller.busy
                    onClicked: root.edit("password")
                }
                ColumnLayout {
                    visible: root.editing === "password"
                    spacing: 8
                    Layout.fillWidth: true
                    StaffPasswordFields {
                        id: passwords
                        prefix: "reset"
                        errors: root.editing === "password" ? root.controller.fieldErrors : ({})
                        minimumLength: root.controller.minPasswordLength
                        onEdited: field => root.controller.clearFieldError(field)
                        Layout.fillWidth: true
                    }
                    StaffMessage {
                        text: root.acted === "password" ? root.controller.commandError : ""
                    }
                    RowLayout {
                        spacing: 8
                        Button {
                            objectName: "savePasswordButton"
                            text: qsTr("Set password")
                            highlighted: true
                            enabled: !root.controller.busy
                            onClicked: {
                                root.acted = "password"
                                root.controller.resetPassword(root.login, passwords.password,
                                                              passwords.confirmation)
                            }
                        }
                        Button {
                            text: qsTr("Cancel")
                            enabled: !root.controller.busy
                            onClicked: root.stopEditing()
                        }
                    }
                }

                // ── Access
                SectionHeader { text: qsTr("Access"); Layout.topMargin: 8 }
                Note {
                    text: root.m.active
                          ? qsTr("Disabling stops new sign-ins and cuts off any window still open with this account.")
                          : qsTr("This account cannot sign in. Enabling it restores its password and scope.")
                }
                Button {
                    objectName: "toggleActiveButton"
                    text: root.m.active ? qsTr("Disable account…") : qsTr("Enable account…")
                    enabled: !root.controller.busy && (root.m.active ? root.m.canDisable === true : true)
                    onClicked: {
                        root.controller.clearMessages()
                        root.editing = ""
                        root.acted = "access"
                        root.activeChangeRequested(root.login, root.m.displayName, root.m.active)
                    }
                }
                Label {
                    objectName: "disableReason"
                    visible: (root.m.disableReason || "").length > 0
                    text: root.m.disableReason || ""
                    color: Theme.textMuted
                    font.italic: true
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                StaffMessage {
                    objectName: "accessCommandError"
                    text: root.acted === "access" ? root.controller.commandError : ""
                }
                Item { Layout.preferredHeight: 18 }
            }
        }
    }
}
