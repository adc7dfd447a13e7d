import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// One category in the tree editor: indented under its parent, with its expander, its item count
// and, once selected by an editor, what can be done with it. Its name turns into a field while
// it is renamed (the draft row of a new category is that field alone); a refusal of what was
// done here shows under it.
Rectangle {
    id: root
    required property CategoryTreeController controller
    required property int index
    required property string categoryId
    required property string name
    required property int depth
    required property string countText
    required property bool active
    required property bool parentActive
    required property bool hasChildren
    required property bool expanded
    required property bool draft
    required property bool canMoveUp
    required property bool canMoveDown
    signal moveRequested(string categoryId)
    signal deactivateRequested(string categoryId)

    readonly property bool selected: !draft && controller.selectedId === categoryId
    readonly property bool editing: controller.editingId === categoryId
    readonly property bool editable: controller.canEdit && !controller.busy
    readonly property bool showsError: (controller.errorPlace === "row" && controller.errorRowId === categoryId)
                                       || (controller.errorPlace === "edit" && editing)

    objectName: "categoryRow-" + (draft ? "new" : name)
    implicitHeight: body.implicitHeight
    color: selected ? Theme.selection : (hover.hovered ? Theme.surfaceAlt : Theme.surface)

    HoverHandler { id: hover }
    TapHandler {
        onTapped: {
            if (root.draft)
                return
            root.controller.selectedId = root.categoryId
            // The keys (arrows, F2, Ctrl+arrows) act on the selection from now on.
            if (!root.editing && root.ListView.view)
                root.ListView.view.forceActiveFocus()
        }
        onDoubleTapped: if (!root.draft && root.editable) root.controller.startRename(root.categoryId)
    }

    ColumnLayout {
        id: body
        anchors { left: parent.left; right: parent.right }
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 40
            Layout.leftMargin: 8 + root.depth * 22
            Layout.rightMargin: 10 + Theme.scrollBarRoom
            spacing: 6

            // Expand or collapse the categories inside.
            ToolButton {
                objectName: "expander"
                visible: root.hasChildren
                text: root.expanded ? "▾" : "▸"
                font.pixelSize: 13
                focusPolicy: Qt.NoFocus
                onClicked: root.controller.tree.toggleExpanded(root.categoryId)
                Layout.preferredWidth: 26
                Layout.preferredHeight: 26
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: root.expanded ? qsTr("Hide the categories inside") : qsTr("Show the categories inside")
            }
            Item { visible: !root.hasChildren; Layout.preferredWidth: 26 }

            // The name (marked when deactivated), or the field it is typed in.
            Item {
                id: nameBox
                visible: !root.editing
                Layout.fillWidth: true
                Layout.fillHeight: true
                Row {
                    anchors { left: parent.left; verticalCenter: parent.verticalCenter }
                    spacing: 8
                    Label {
                        objectName: "categoryName"
                        text: root.name
                        width: Math.min(implicitWidth, nameBox.width - (badge.visible ? badge.width + 8 : 0))
                        color: root.active ? Theme.text : Theme.textMuted
                        font.pixelSize: Theme.fontBody
                        font.weight: root.depth === 0 ? Font.DemiBold : Font.Normal
                        elide: Text.ElideRight
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    StockBadge {
                        id: badge
                        objectName: "deactivatedBadge"
                        visible: !root.active
                        tone: "muted"
                        text: qsTr("Deactivated")
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
            }
            TextField {
                id: nameField
                objectName: "categoryNameField"
                visible: root.editing
                text: root.controller.editText
                placeholderText: root.draft ? qsTr("Name of the new category") : qsTr("New name")
                selectByMouse: true
                enabled: !root.controller.busy
                Layout.fillWidth: true
                onTextEdited: root.controller.editText = text
                Keys.onReturnPressed: root.controller.commitEdit()
                Keys.onEnterPressed: root.controller.commitEdit()
                Keys.onEscapePressed: root.controller.cancelEdit()
                // A row laid out again (the tree was read again) takes the typing back up.
                Component.onCompleted: if (root.editing) root.takeFocus(false)
            }
            Button {
                objectName: "categoryEditSave"
                visible: root.editing
                text: root.draft ? qsTr("Add") : qsTr("Save")
                enabled: !root.controller.busy
                onClicked: root.controller.commitEdit()
            }
            Button {
                objectName: "categoryEditCancel"
                visible: root.editing
                text: qsTr("Cancel")
                enabled: !root.controller.busy
                onClicked: root.controller.cancelEdit()
            }


            Label {
                objectName: "categoryCount"
                visible: !root.draft && !root.editing
                text: root.countText
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignRight
                Layout.minimumWidth: 64
            }

            // What an editor can do with the selected category.
            RowLayout {
                objectName: "categoryActions"
                visible: root.selected && root.controller.canEdit && !root.editing
                spacing: 2
                // The keys stay with the tree: the buttons take no focus.
                ToolButton {
                    objectName: "renameButton"
                    focusPolicy: Qt.NoFocus
                    text: qsTr("Rename")
                    enabled: root.editable
                    onClicked: root.controller.startRename(root.categoryId)
                }
                ToolButton {
                    objectName: "moveButton"
                    focusPolicy: Qt.NoFocus
                    text: qsTr("Move…")
                    enabled: root.editable
                    onClicked: root.moveRequested(root.categoryId)
                }
                ToolButton {
                    objectName: "moveUpButton"
                    focusPolicy: Qt.NoFocus
                    text: "↑"
                    enabled: root.editable && root.canMoveUp
                    onClicked: root.controller.shift(root.categoryId, -1)
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Move up among its neighbours (Ctrl+↑)")
                }
                ToolButton {
                    objectName: "moveDownButton"
                    focusPolicy: Qt.NoFocus
                    text: "↓"
                    enabled: root.editable && root.canMoveDown
                    onClicked: root.controller.shift(root.categoryId, 1)
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Move down among its neighbours (Ctrl+↓)")
                }
                ToolButton {
                    objectName: root.active ? "deactivateButton" : "reactivateButton"
                    focusPolicy: Qt.NoFocus
                    text: root.active ? qsTr("Deactivate…") : qsTr("Reactivate")
                    enabled: root.editable
                    onClicked: root.active ? root.deactivateRequested(root.categoryId)
                                           : root.controller.setActive(root.categoryId, true)
                }
            }
        }

        // Under the name being typed: how to finish it.
        Label {
            visible: root.editing && !root.showsError
            text: qsTr("Enter to save · Esc to cancel")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            Layout.leftMargin: 8 + root.depth * 22 + 32
            Layout.bottomMargin: 6
        }
        // A reactivation that cannot be done yet says why before it is tried.
        Label {
            objectName: "reactivateHint"
            visible: root.selected && root.controller.canEdit && !root.active && !root.parentActive
                     && !root.showsError
            text: qsTr("It is inside a deactivated category: reactivate that one first.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.leftMargin: 8 + root.depth * 22 + 32
            Layout.rightMargin: 12
            Layout.bottomMargin: 6
        }
        // The database's refusal of what was done on this row, in its words.
        RefusalBox {
            objectName: "categoryRowError"
            visible: root.showsError
            headline: root.controller.commandHeadline
            text: root.controller.commandError
            padding: 8
            Layout.fillWidth: true
            Layout.leftMargin: 8 + root.depth * 22 + 32
            Layout.rightMargin: 12 + Theme.scrollBarRoom
            Layout.bottomMargin: 8
        }

        Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.border }
    }

    function takeFocus(selectName) {
        nameField.forceActiveFocus()
        if (selectName && !draft)
            nameField.selectAll()
    }
    onEditingChanged: if (editing) Qt.callLater(takeFocus, true)
}
