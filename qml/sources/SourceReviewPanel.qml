import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The review queue: open items on the left (filtered by source and kind), the selected one on
// the right with what was received, what the id maps to now, what the row proposes, and the
// ways to resolve it.
Item {
    id: root
    required property SourcesController controller
    signal mapToAnotherRequested(var item)
    signal dismissRequested(var item)

    readonly property var kinds: [
        { name: "", title: qsTr("Every kind") },
        { name: "unmapped", title: qsTr("Not mapped") },
        { name: "conflict", title: qsTr("Conflicts") }
    ]
    readonly property var sourceFilter: {
        const list = [{ sourceId: "", name: qsTr("Every source") }]
        const choices = controller.sourceChoices
        for (let i = 0; i < choices.length; ++i)
            list.push(choices[i])
        return list
    }

    Connections {
        target: root.controller
        function onReviewSelectionChanged() { list.currentIndex = root.controller.selectedReviewRow }
        function onReviewFilterChanged() { root.syncFilters() }
    }
    // The boxes show the controller's filters, also after their lists are rebuilt.
    function syncFilters() {
        sourceBox.currentIndex = Math.max(0, sourceBox.indexOfValue(controller.reviewSourceId))
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(controller.reviewKind))
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 16
            spacing: 10

            RowLayout {
                spacing: 10
                Layout.fillWidth: true
                ComboBox {
                    id: sourceBox
                    objectName: "reviewSourceFilter"
                    model: root.sourceFilter
                    textRole: "name"
                    valueRole: "sourceId"
                    Layout.preferredWidth: 230
                    onActivated: root.controller.reviewSourceId = currentValue
                    onModelChanged: Qt.callLater(root.syncFilters)
                    Component.onCompleted: root.syncFilters()
                }
                ComboBox {
                    id: kindBox
                    objectName: "reviewKindFilter"
                    model: root.kinds
                    textRole: "title"
                    valueRole: "name"
                    Layout.preferredWidth: 170
                    onActivated: root.controller.reviewKind = currentValue
                }
                Item { Layout.fillWidth: true }
                Label {
                    objectName: "reviewCount"
                    text: root.controller.reviewCount === 1 ? qsTr("1 open item")
                                                            : qsTr("%1 open items").arg(root.controller.reviewCount)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border

                ListView {
                    id: list
                    objectName: "reviewList"
                    anchors { fill: parent; margins: 1 }
                    clip: true
                    model: root.controller.reviews
                    currentIndex: -1
                    keyNavigationEnabled: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                    delegate: SourceReviewRowDelegate {
                        id: row
                        width: list.width
                        onClicked: {
                            root.controller.clearMessages()
                            root.controller.selectedReviewId = row.itemId
                            list.forceActiveFocus()
                        }
                    }
                    onCurrentIndexChanged: {
                        if (currentItem && currentItem.itemId !== root.controller.selectedReviewId)
                            root.controller.selectedReviewId = currentItem.itemId
                    }

                    EmptyState {
                        objectName: "reviewEmpty"
                        anchors.centerIn: parent
                        width: parent.width - 48
                        visible: root.controller.loadedOnce && list.count === 0
                        title: root.controller.reviewSourceId.length > 0 || root.controller.reviewKind.length > 0
                               ? qsTr("Nothing to review here")
                               : qsTr("Nothing to review")
                        hint: root.controller.reviewSourceId.length > 0 || root.controller.reviewKind.length > 0
                              ? qsTr("No open item matches these filters. Choose Every source and Every kind to see the whole queue.")
                              : qsTr("Every external id the sources sent maps to an item safely. When an import meets one it cannot place — a new code, or one that now names another item — it waits here for you.")
                    }
                    BusyIndicator {
                        anchors.centerIn: parent
                        running: !root.controller.loadedOnce
                        visible: running
                        width: 32; height: 32
                    }
                }
            }
        }

        SourceReviewDetail {
            id: detail
            objectName: "reviewDetail"
            visible: list.count > 0 // with nothing to review, the empty queue says so alone
            Layout.fillHeight: true
            Layout.preferredWidth: 460
            controller: root.controller
            item: root.controller.selectedReview
            onMapToAnotherRequested: root.mapToAnotherRequested(detail.item)
            onDismissRequested: root.dismissRequested(detail.item)
        }
    }
}
