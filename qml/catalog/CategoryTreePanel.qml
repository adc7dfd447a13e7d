import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The category tree over the catalog page, from its right edge: every category indented in
// display order with its item count. Admins and store managers add, rename, move, reorder,
// deactivate and reactivate categories here; anyone else sees the tree and nothing to change it
// with. Deactivated categories show, dimmed, behind a toggle.
Rectangle {
    id: root
    required property CategoryTreeController controller
    readonly property CategoryTreeModel tree: controller.tree
    property bool open: false
    visible: open
    color: "#66000000"

    function show() {
        open = true
        list.forceActiveFocus()
    }
    function close() {
        controller.cancelEdit()
        controller.clearMessages()
        open = false
    }
    function openMove(id) {
        controller.clearMessages()
        moveDialog.categoryId = id
        moveDialog.open()
    }
    function openDeactivate(id) {
        controller.clearMessages()
        deactivateDialog.categoryId = id
        deactivateDialog.about = controller.describe(id)
        deactivateDialog.open()
    }

    // A click beside the panel closes it; wheel turns stay here.
    MouseArea {
        anchors.fill: parent
        hoverEnabled: true
        onClicked: if (!root.controller.busy) root.close()
        onWheel: wheel => wheel.accepted = true
    }

    Rectangle {
        id: sheet
        objectName: "categoryTreePanel"
        anchors { top: parent.top; bottom: parent.bottom; right: parent.right }
        width: Math.min(720, parent.width - 80)
        color: Theme.surface
        border.color: Theme.border

        MouseArea { anchors.fill: parent; hoverEnabled: true } // clicks stay in the panel

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            // Title, what the tree holds, and how to close.
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 20
                Layout.bottomMargin: 6
                spacing: 12
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Categories")
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "categoryTreeSummary"
                        text: !root.tree.loadedOnce ? qsTr("Loading…")
                              : (root.tree.activeCount === 1 ? qsTr("1 category") : qsTr("%1 categories").arg(root.tree.activeCount))
                                + (root.tree.deactivatedCount > 0 ? qsTr(" · %1 deactivated").arg(root.tree.deactivatedCount) : "")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        Layout.fillWidth: true
                    }
                }
                Button {
                    objectName: "categoryTreeClose"
                    text: qsTr("Close")
                    enabled: !root.controller.busy
                    onClicked: root.close()
                }
            }
            Label {
                text: root.controller.canEdit
                      ? qsTr("Select a category to rename it, move it or change its place among its neighbours. A new category goes last under its parent. Items keep their category through every change.")
                      : qsTr("The catalog's categories with the number of items in each. Admins and store managers change them.")
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
            }

            // Adding, and what the tree shows.
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                Layout.topMargin: 12
                spacing: 8
                Button {
                    objectName: "newCategoryButton"
                    visible: root.controller.canEdit
                    text: qsTr("New category")
                    enabled: !root.controller.busy
                    onClicked: root.controller.startNew(false)
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("A new category at the top level")
                }
                Button {
                    objectName: "newSubcategoryButton"
                    visible: root.controller.canEdit
                    // Read again with the tree, which may have changed under the selection.
                    readonly property var selected: root.tree.count, root.controller.selectedId.length > 0
                                                    ? root.controller.describe(root.controller.selectedId) : ({})
                    text: qsTr("New subcategory")
                    enabled: !root.controller.busy && selected.active === true
                    onClicked: root.controller.startNew(true)
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: selected.name ? qsTr("A new category inside “%1”").arg(selected.name)
                                                : qsTr("Select the category it goes in first")
                }
                Item { Layout.fillWidth: true }
                CheckBox {
                    objectName: "showDeactivatedBox"
                    text: qsTr("Show deactivated (%1)").arg(root.tree.deactivatedCount)
                    enabled: root.tree.deactivatedCount > 0 || checked
                    checked: root.tree.showDeactivated
                    onToggled: root.tree.showDeactivated = checked
                }
                ToolButton {
                    objectName: "expandAllButton"
                    text: qsTr("Expand all")
                    onClicked: root.tree.expandAll()
                }
                ToolButton {
                    objectName: "collapseAllButton"
                    text: qsTr("Collapse all")
                    onClicked: root.tree.collapseAll()
                }
            }

            // What deactivated means, while they show.
            Rectangle {
                objectName: "deactivatedExplanation"
                visible: root.tree.showDeactivated
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                Layout.topMargin: 10
                implicitHeight: explanation.implicitHeight + 16
                radius: Theme.radius
                color: Theme.surfaceAlt
                border.color: Theme.border
                Label {
                    id: explanation
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                    text: qsTr("Deactivated categories are dimmed. The category filter and the item editor no longer offer them, and nothing new goes in them; their items stay where they are, with their category. Reactivate one to offer it again.")
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }

            // What was just done.
            Rectangle {
                objectName: "categoryNotice"
                visible: root.controller.notice.length > 0
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                Layout.topMargin: 10
                implicitHeight: noticeText.implicitHeight + 16
                radius: Theme.radius
                color: Theme.goodSoft
                Label {
                    id: noticeText
                    objectName: "categoryNoticeText"
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                    text: root.controller.notice
                    color: Theme.good
                    wrapMode: Text.WordWrap
                }
            }

            // Column titles.
            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: 12
                Layout.preferredHeight: 30
                color: Theme.surfaceAlt
                Rectangle { anchors { left: parent.left; right: parent.right; top: parent.top } height: 1; color: Theme.border }
                Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
                RowLayout {
                    anchors { fill: parent; leftMargin: 20; rightMargin: 20 + Theme.scrollBarRoom }
                    ColumnTitle { text: qsTr("Category"); Layout.fillWidth: true }
                    ColumnTitle { text: qsTr("Items in it and below"); horizontalAlignment: Text.AlignRight }
                }
            }

            ListView {
                id: list
                objectName: "categoryTreeList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: root.tree
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                delegate: CategoryTreeRow {
                    width: list.width
                    controller: root.controller
                    onMoveRequested: id => root.openMove(id)
                    onDeactivateRequested: id => root.openDeactivate(id)
                }
                // Keys: arrows walk and open or close branches; F2 renames; Ctrl+arrows reorder.
                Keys.onPressed: event => {
                    const c = root.controller
                    const id = c.selectedId
                    const row = root.tree.rowOf(id)
                    const item = row >= 0 ? list.itemAtIndex(row) : null
                    if (event.key === Qt.Key_Up && (event.modifiers & Qt.ControlModifier)) {
                        if (id.length > 0) c.shift(id, -1)
                    } else if (event.key === Qt.Key_Down && (event.modifiers & Qt.ControlModifier)) {
                        if (id.length > 0) c.shift(id, 1)
                    } else if (event.key === Qt.Key_Up) {
                        c.selectNext(-1)
                    } else if (event.key === Qt.Key_Down) {
                        c.selectNext(1)
                    } else if ((event.key === Qt.Key_Left && item && item.expanded)
                               || (event.key === Qt.Key_Right && item && item.hasChildren && !item.expanded)) {
                        root.tree.toggleExpanded(id)
                    } else if (event.key === Qt.Key_F2 && id.length > 0) {
                        c.startRename(id)
                    } else if (event.key === Qt.Key_Escape) {
                        if (!root.controller.busy)   // as Close: not while a change is on its way
                            root.close()
                    } else {
                        return
                    }
                    event.accepted = true
                }
                Connections {
                    target: root.controller
                    function onSelectedIdChanged() {
                        const row = root.tree.rowOf(root.controller.selectedId)
                        if (row >= 0)
                            list.positionViewAtIndex(row, ListView.Contain)
                    }
                    function onEditingIdChanged() {
                        const row = root.tree.rowOf(root.controller.editingId)
                        if (row >= 0)
                            list.positionViewAtIndex(row, ListView.Contain)
                        if (root.controller.editingId.length === 0 && root.open)
                            list.forceActiveFocus()
                    }
                }

                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 40
                    visible: root.tree.loadedOnce && root.tree.count === 0
                    title: qsTr("No categories yet")
                    hint: root.controller.canEdit ? qsTr("Add the first with New category; items are then put in categories in the item editor.")
                                                  : qsTr("Admins and store managers add them.")
                }
            }
        }
    }

    // Where to move a category: the top level or any category outside it.
    CommandDialog {
        id: moveDialog
        objectName: "categoryMoveDialog"
        property string categoryId: ""
        property string targetId: ""
        property bool targetChosen: false
        readonly property var about: categoryId.length > 0 ? root.controller.describe(categoryId) : ({})
        controller: root.controller
        command: "move"
        heading: qsTr("Move “%1”").arg(about.name || "")
        subheading: about.below > 1
                    ? qsTr("It goes last in the place you choose, with the %1 categories and %2 inside it.").arg(about.below).arg(about.itemsText)
                    : about.below === 1
                    ? qsTr("It goes last in the place you choose, with the category and %1 inside it.").arg(about.itemsText)
                    : qsTr("It goes last in the place you choose, with the %1 in it.").arg(about.itemsText || "")
        actionText: qsTr("Move here")
        ready: targetChosen
        onAboutToShow: {
            targetChosen = false
            targetId = ""
            targetFilter.text = ""
            targets.model = root.controller.moveTargets(categoryId)
        }
        onSubmitted: if (targetChosen) root.controller.move(categoryId, targetId)

        contentItem: ColumnLayout {
            spacing: 8
            TextField {
                id: targetFilter
                objectName: "moveTargetFilter"
                placeholderText: qsTr("Find a category")
                selectByMouse: true
                Layout.fillWidth: true
            }
            ListView {
                id: targets
                objectName: "moveTargetList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(320, Math.max(contentHeight, 140))
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                delegate: ItemDelegate {
                    id: target
                    required property var modelData
                    readonly property bool matches: targetFilter.text.length === 0
                        || modelData.path.toLowerCase().indexOf(targetFilter.text.toLowerCase()) >= 0
                    objectName: "moveTarget-" + (modelData.id.length > 0 ? modelData.label : "top")
                    width: targets.width
                    height: matches ? 34 : 0
                    visible: matches
                    enabled: !modelData.current
                    highlighted: moveDialog.targetChosen && moveDialog.targetId === modelData.id
                    leftPadding: 10 + (targetFilter.text.length > 0 ? 0 : modelData.depth * 18)
                    contentItem: RowLayout {
                        spacing: 8
                        Label {
                            text: targetFilter.text.length > 0 && modelData.path.length > 0 ? modelData.path : modelData.label
                            font.weight: modelData.id.length === 0 ? Font.DemiBold : Font.Normal
                            color: target.enabled ? Theme.text : Theme.textMuted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: modelData.current
                            text: qsTr("where it is now")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    onClicked: {
                        moveDialog.targetId = modelData.id
                        moveDialog.targetChosen = true
                    }
                    onDoubleClicked: {
                        moveDialog.targetId = modelData.id
                        moveDialog.targetChosen = true
                        moveDialog.submitted()
                    }
                }
            }
            Label {
                visible: !moveDialog.targetChosen
                text: qsTr("Choose where it goes. Categories inside it are not offered: a category cannot go inside itself.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }

    // Deactivating takes everything inside along: said before it is done.
    CommandDialog {
        id: deactivateDialog
        objectName: "categoryDeactivateDialog"
        property string categoryId: ""
        property var about: ({})
        controller: root.controller
        command: "activate"
        heading: qsTr("Deactivate “%1”?").arg(about.name || "")
        actionText: qsTr("Deactivate")
        onSubmitted: root.controller.setActive(categoryId, false)

        contentItem: Label {
            text: (deactivateDialog.about.below > 1
                   ? qsTr("“%1” and the %2 categories inside it will no longer be offered in the category filter or the item editor, and nothing new can go in them.").arg(deactivateDialog.about.name).arg(deactivateDialog.about.below)
                   : deactivateDialog.about.below === 1
                   ? qsTr("“%1” and the category inside it will no longer be offered in the category filter or the item editor, and nothing new can go in them.").arg(deactivateDialog.about.name)
                   : qsTr("“%1” will no longer be offered in the category filter or the item editor, and nothing new can go in it.").arg(deactivateDialog.about.name))
                  + "\n\n"
                  + (deactivateDialog.about.items > 0
                     ? qsTr("The items in it (%1) stay where they are and keep their category.").arg(deactivateDialog.about.itemsText)
                     : qsTr("There are no items in it."))
                  + " " + qsTr("You can reactivate it at any time from this tree, with Show deactivated.")
            wrapMode: Text.WordWrap
            color: Theme.text
        }
    }
}
