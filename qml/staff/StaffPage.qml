import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The admin's Staff screen: everyone of the tenant on the left (search, show disabled), the
// selected person — or the form for a new account — on the right.
Rectangle {
    id: page
    required property StaffController controller
    property bool connected: true
    property string connectionText: ""
    // "view" shows the selected person; "create" the new-account form.
    property string mode: "view"

    readonly property var columns: ({ role: 130, scope: 220, status: 96 })
    color: Theme.window

    function startCreating() {
        if (mode === "create")
            return
        page.controller.clearMessages()
        mode = "create"
        editor.reset()
    }

    Shortcut {
        sequences: [StandardKey.Find, "Ctrl+K"]
        onActivated: search.forceActiveFocus()
    }
    Shortcut {
        sequences: [StandardKey.New]
        onActivated: page.startCreating()
    }

    Connections {
        target: page.controller
        function onSelectionChanged() { list.currentIndex = page.controller.selectedRow }
        function onCommandFinished(command, login, ok) {
            if (ok && command === "staff_add")
                page.mode = "view"
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Title bar with the filters and the one way to add someone.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            color: Theme.surface
            Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
            RowLayout {
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                spacing: 14
                ColumnLayout {
                    spacing: 0
                    Label { text: qsTr("Staff"); font.pixelSize: Theme.fontTitle; font.weight: Font.Bold; color: Theme.text }
                    Label {
                        objectName: "staffSummary"
                        text: !page.controller.loadedOnce ? qsTr("Loading…")
                              : (page.controller.totalCount === 1 ? qsTr("1 person") : qsTr("%1 people").arg(page.controller.totalCount))
                                + (page.controller.disabledCount > 0 ? qsTr(" · %1 disabled").arg(page.controller.disabledCount) : "")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Item { Layout.fillWidth: true }
                TextField {
                    id: search
                    objectName: "staffSearch"
                    placeholderText: qsTr("Search name, login, role or store  (Ctrl+K)")
                    selectByMouse: true
                    Layout.preferredWidth: 320
                    onTextChanged: page.controller.filterText = text
                    Keys.onEscapePressed: text = ""
                }
                CheckBox {
                    objectName: "showDisabled"
                    text: qsTr("Show disabled")
                    checked: page.controller.showDisabled
                    onToggled: page.controller.showDisabled = checked
                }
                Button {
                    objectName: "newAccountButton"
                    text: qsTr("New account…")
                    highlighted: true
                    enabled: page.controller.loadedOnce && page.mode !== "create"
                    onClicked: page.startCreating()
                }
            }
        }

        // Connection or loading trouble, said plainly.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 34 : 0
            visible: !page.connected || page.controller.errorText.length > 0
            color: Theme.badSoft
            Label {
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                color: Theme.bad
                text: !page.connected ? page.connectionText : page.controller.errorText
            }
        }
        // What the last command did.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 34 : 0
            visible: page.controller.notice.length > 0
            color: Theme.goodSoft
            Label {
                objectName: "staffNotice"
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                color: Theme.good
                text: page.controller.notice
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: 16
                spacing: 0

                StaffListHeader { columns: page.columns; Layout.fillWidth: true }

                ListView {
                    id: list
                    objectName: "staffList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.controller.members
                    currentIndex: -1
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                    delegate: StaffRowDelegate {
                        id: row
                        width: list.width
                        columns: page.columns
                        onClicked: {
                            page.mode = "view"
                            page.controller.clearMessages()
                            page.controller.selectedLogin = row.login
                            list.forceActiveFocus()
                        }
                    }
                    // Arrow keys move the selection too.
                    onCurrentIndexChanged: {
                        if (currentItem && currentItem.login !== page.controller.selectedLogin) {
                            page.controller.clearMessages()
                            page.controller.selectedLogin = currentItem.login
                        }
                    }

                    EmptyState {
                        anchors.centerIn: parent
                        visible: page.controller.loadedOnce && !page.controller.loading && page.controller.count === 0
                        title: page.controller.filterText.length > 0
                               ? qsTr("Nobody matches “%1”").arg(page.controller.filterText)
                               : qsTr("No staff to show")
                        hint: page.controller.showDisabled
                              ? qsTr("Check the spelling, or search by login or store code.")
                              : qsTr("Check the spelling, or tick Show disabled to include disabled accounts.")
                    }
                    BusyIndicator {
                        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: 12 }
                        running: page.controller.loading && !page.controller.loadedOnce
                        visible: running
                        width: 32; height: 32
                    }
                }
            }

            Item {
                Layout.fillHeight: true
                Layout.preferredWidth: 420

                StaffEditor {
                    id: editor
                    anchors.fill: parent
                    visible: page.mode === "create"
                    controller: page.controller
                    onCancelled: {
                        page.controller.clearMessages()
                        page.mode = "view"
                    }
                }
                StaffDetailPanel {
                    id: detail
                    objectName: "staffDetail"
                    anchors.fill: parent
                    visible: page.mode === "view" && page.controller.selectedRow >= 0
                    controller: page.controller
                    onActiveChangeRequested: (login, displayName, disabling) => {
                        activeDialog.login = login
                        activeDialog.displayName = displayName
                        activeDialog.disabling = disabling
                        activeDialog.open()
                    }
                }
                Rectangle {
                    anchors.fill: parent
                    visible: !editor.visible && !detail.visible
                    color: Theme.surface
                    Rectangle { anchors { left: parent.left; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.border }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 48
                        title: qsTr("Choose a person")
                        hint: qsTr("Select someone in the list to change where they work, reset their password or disable the account — or add a new account.")
                    }
                }
            }
        }
    }

    StaffActiveDialog {
        id: activeDialog
        objectName: "activeDialog"
        onConfirmed: (login, active) => page.controller.setActive(login, active)
    }
}
