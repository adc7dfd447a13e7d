import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The source systems on the left; on the right the selected one and the external ids it maps to
// our variants, searchable, with mapping and unmapping.
Item {
    id: root
    required property SourcesController controller
    readonly property var source: controller.selectedSource
    readonly property bool hasSource: source !== undefined && source.sourceId !== undefined
    readonly property var columns: ({ externalId: 150, sku: 120, since: 96, action: 76 })
    signal createRequested()
    signal editRequested(var source)
    signal mapRequested(var source)
    signal unmapRequested(string mappingId, string externalId, string sku, string name)

    Connections {
        target: root.controller
        function onSourceSelectionChanged() { sourceList.currentIndex = root.controller.selectedSourceRow }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // The source systems.
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 300
            color: Theme.surface
            Rectangle { anchors { right: parent.right; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.border }
            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                RowLayout {
                    Layout.fillWidth: true
                    Layout.margins: 14
                    spacing: 8
                    SectionHeader { text: qsTr("Source systems"); topPadding: 0; bottomPadding: 0; Layout.fillWidth: true }
                    Button {
                        objectName: "newSourceButton"
                        visible: root.controller.canEditSources
                        text: qsTr("New source…")
                        enabled: root.controller.loadedOnce
                        onClicked: root.createRequested()
                    }
                }
                Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.border }
                ListView {
                    id: sourceList
                    objectName: "sourceList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: root.controller.sources
                    currentIndex: root.controller.selectedSourceRow
                    boundsBehavior: Flickable.StopAtBounds
                    keyNavigationEnabled: true
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                    delegate: SourceRowDelegate {
                        id: sourceRow
                        width: sourceList.width
                        onClicked: {
                            root.controller.clearMessages()
                            root.controller.selectedSourceId = sourceRow.sourceId
                            sourceList.forceActiveFocus()
                        }
                    }
                    onCurrentIndexChanged: {
                        if (currentItem && currentItem.sourceId !== root.controller.selectedSourceId)
                            root.controller.selectedSourceId = currentItem.sourceId
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 40
                        visible: root.controller.loadedOnce && sourceList.count === 0
                        title: qsTr("No source systems yet")
                        hint: root.controller.canEditSources
                              ? qsTr("Add the tills, ERP and feeds that send you catalog data.")
                              : qsTr("An admin adds the tills, ERP and feeds that send catalog data.")
                    }
                }
            }
        }

        // The selected source and its mappings.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 16
            spacing: 10
            visible: root.hasSource

            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                ColumnLayout {
                    spacing: 1
                    Layout.fillWidth: true
                    RowLayout {
                        spacing: 8
                        Label {
                            objectName: "sourceTitle"
                            text: root.source.name || ""
                            font.pixelSize: 16
                            font.weight: Font.Bold
                            color: Theme.text
                            elide: Text.ElideRight
                            Layout.maximumWidth: 360
                        }
                        StockBadge {
                            visible: root.source.active === false
                            tone: "muted"
                            text: qsTr("Deactivated")
                        }
                    }
                    Label {
                        text: root.hasSource
                              ? [root.source.typeTitle.toLowerCase() === root.source.name.toLowerCase() ? "" : root.source.typeTitle,
                                 root.source.vendor, qsTr("%1 mapped ids").arg(root.source.mappingCount),
                                 qsTr("added %1").arg(root.source.since)].filter(s => s && s.length > 0).join(" · ")
                              : ""
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Button {
                    objectName: "editSourceButton"
                    visible: root.controller.canEditSources
                    text: qsTr("Edit…")
                    enabled: !root.controller.busy
                    onClicked: root.editRequested(root.source)
                }
                PrimaryButton {
                    objectName: "mapButton"
                    text: qsTr("Map an external id…")
                    enabled: !root.controller.busy
                    onClicked: root.mapRequested(root.source)
                }
            }

            TextField {
                id: search
                objectName: "mappingSearch"
                placeholderText: qsTr("Search external id or SKU")
                selectByMouse: true
                Layout.fillWidth: true
                text: root.controller.mappings.search
                onTextChanged: root.controller.mappings.search = text
                Keys.onEscapePressed: text = ""
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors { fill: parent; margins: 1 }
                    spacing: 0
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 34
                        color: Theme.surfaceAlt
                        RowLayout {
                            anchors { fill: parent; leftMargin: Theme.cellInset; rightMargin: Theme.cellInset + Theme.scrollBarRoom }
                            spacing: 12
                            ColumnTitle { text: qsTr("External id"); Layout.preferredWidth: root.columns.externalId }
                            ColumnTitle { text: qsTr("SKU"); Layout.preferredWidth: root.columns.sku }
                            ColumnTitle { text: qsTr("Item"); Layout.fillWidth: true }
                            ColumnTitle { text: qsTr("Since"); Layout.preferredWidth: root.columns.since }
                            Item { Layout.preferredWidth: root.columns.action }
                        }
                        Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
                    }
                    ListView {
                        id: mappingList
                        objectName: "mappingList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: root.controller.mappings
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                        delegate: SourceMappingRowDelegate {
                            width: mappingList.width
                            columns: root.columns
                            busy: root.controller.busy
                            onUnmapClicked: (mappingId, externalId, sku, name) => root.unmapRequested(mappingId, externalId, sku, name)
                        }
                        EmptyState {
                            anchors.centerIn: parent
                            width: parent.width - 48
                            visible: root.controller.mappings.loadedOnce && mappingList.count === 0
                            title: root.controller.mappings.search.length > 0
                                   ? qsTr("No mapping matches “%1”").arg(root.controller.mappings.search)
                                   : qsTr("No external ids mapped yet")
                            hint: root.controller.mappings.search.length > 0
                                  ? qsTr("Search by the source's code or by our SKU.")
                                  : qsTr("Map the codes this source uses to items of the catalog, or let an import do it.")
                        }
                    }
                    Label {
                        visible: root.controller.mappings.errorText.length > 0
                        text: root.controller.mappings.errorText
                        color: Theme.bad
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.margins: 10
                    }
                }
            }
        }
        Item {
            visible: !root.hasSource
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
