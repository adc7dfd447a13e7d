import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The versions of the selected variant, newest first: who saved each, when and from where, and
// — for the one picked — what it changed from the version before, field by field, with the
// way back ("Restore this version").
ColumnLayout {
    id: root
    required property CatalogActionsController actions
    readonly property VariantHistoryModel history: actions.history
    property bool canEdit: false
    signal restoreRequested(int versionNo)
    spacing: 0

    Label {
        visible: root.history.errorText.length > 0
        text: root.history.errorText
        color: Theme.bad
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.margins: 18
    }
    Label {
        visible: !root.history.loading && root.history.count === 0 && root.history.errorText.length === 0
        text: qsTr("No changes recorded yet. The first save records the item as it is now, then the change.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.margins: 18
    }
    BusyIndicator {
        running: root.history.loading && root.history.count === 0
        visible: running
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: 18
    }

    ListView {
        id: list
        objectName: "historyList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.history
        currentIndex: -1
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        Connections {
            target: root.history
            function onVariantIdChanged() { list.currentIndex = -1 }
        }
        delegate: Rectangle {
            id: entry
            required property int index
            required property int versionNo
            required property string who
            required property string when
            required property string source
            required property string summary
            required property bool current
            required property bool first
            required property var changes
            readonly property bool expanded: ListView.isCurrentItem
            width: ListView.view.width
            implicitHeight: body.implicitHeight + 20
            color: expanded ? Theme.selection : (hover.hovered ? Theme.surfaceAlt : "transparent")
            Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
            HoverHandler { id: hover }
            TapHandler { onTapped: list.currentIndex = entry.expanded ? -1 : entry.index }

            ColumnLayout {
                id: body
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 10; leftMargin: 18; rightMargin: 18 }
                spacing: 2
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    Label {
                        objectName: "versionTitle" + entry.versionNo
                        text: qsTr("Version %1").arg(entry.versionNo)
                        font.weight: Font.Bold
                        color: Theme.text
                    }
                    Label {
                        visible: entry.current
                        text: qsTr("current")
                        color: Theme.accent
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                    }
                    Item { Layout.fillWidth: true }
                    Label { text: entry.when; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                }
                Label {
                    text: entry.source.length > 0 ? qsTr("%1 · from %2").arg(entry.who).arg(entry.source) : entry.who
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: entry.summary
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }

                // What this version changed from the one before it.
                ColumnLayout {
                    visible: entry.expanded
                    spacing: 6
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    Repeater {
                        model: entry.expanded ? entry.changes : []
                        delegate: ColumnLayout {
                            required property var modelData
                            spacing: 1
                            Layout.fillWidth: true
                            Label {
                                text: modelData.label
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                font.weight: Font.DemiBold
                            }
                            Label {
                                visible: !entry.first
                                text: modelData.before
                                color: Theme.bad
                                font.strikeout: modelData.before !== "—"
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: modelData.after
                                color: entry.first ? Theme.text : Theme.good
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                    }
                    Button {
                        objectName: "restoreButton"
                        visible: root.canEdit && !entry.current
                        text: qsTr("Restore this version")
                        enabled: !root.actions.busy
                        onClicked: root.restoreRequested(entry.versionNo)
                        Layout.topMargin: 4
                    }
                }
            }
        }
    }
}
