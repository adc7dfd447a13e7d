import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The Sources screen: the review queue of external ids an import could not map safely, and the
// source systems with the external ids each maps to our variants.
Rectangle {
    id: page
    required property SourcesController controller
    property bool connected: true
    property string connectionText: ""
    color: Theme.window

    // A tab of the title bar: the open one underlined in the accent colour.
    component SourceTab: TabButton {
        id: tab
        implicitHeight: 64 // the title bar's height: the underline sits on its edge
        contentItem: Label {
            text: tab.text
            font.pixelSize: Theme.fontBody
            font.weight: tab.checked ? Font.DemiBold : Font.Normal
            color: tab.checked ? Theme.accent : Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            color: tab.hovered && !tab.checked ? Theme.surfaceAlt : "transparent"
            Rectangle {
                anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                height: 3
                radius: 1.5
                color: tab.checked ? Theme.accent : "transparent"
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Title bar: what is waiting, and the two views.
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
                    RowLayout {
                        spacing: 8
                        Label { text: qsTr("Sources"); font.pixelSize: Theme.fontTitle; font.weight: Font.Bold; color: Theme.text }
                        Label {
                            objectName: "reviewBadge"
                            visible: page.controller.openReviewCount > 0
                            text: page.controller.openReviewCount === 1 ? qsTr("1 to review")
                                                                        : qsTr("%1 to review").arg(page.controller.openReviewCount)
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            color: "#ffffff"
                            leftPadding: 8; rightPadding: 8; topPadding: 2; bottomPadding: 2
                            background: Rectangle { radius: 9; color: Theme.warn }
                        }
                    }
                    Label {
                        objectName: "sourcesSummary"
                        text: !page.controller.loadedOnce ? qsTr("Loading…")
                              : (page.controller.sources.count === 1 ? qsTr("1 source system")
                                                                      : qsTr("%1 source systems").arg(page.controller.sources.count))
                                + qsTr(" · the codes tills, the ERP and feeds use for your items")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Item { Layout.fillWidth: true }
                TabBar {
                    id: tabs
                    objectName: "sourcesTabs"
                    Layout.preferredWidth: 400
                    Layout.fillHeight: true
                    background: Item {}
                    SourceTab {
                        objectName: "queueTab"
                        text: page.controller.openReviewCount > 0
                              ? qsTr("Review queue (%1)").arg(page.controller.openReviewCount)
                              : qsTr("Review queue")
                    }
                    SourceTab {
                        objectName: "mappingsTab"
                        text: qsTr("Sources and mappings")
                    }
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
                objectName: "sourcesNotice"
                anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                color: Theme.good
                text: page.controller.notice
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            SourceReviewPanel {
                controller: page.controller
                onMapToAnotherRequested: item => mapDialog.openForReview(item)
                onDismissRequested: item => dismissDialog.openFor(item)
            }
            SourceMappingsPanel {
                controller: page.controller
                onCreateRequested: editor.openForNew()
                onEditRequested: source => editor.openFor(source)
                onMapRequested: source => mapDialog.openForSource(source)
                onUnmapRequested: (mappingId, externalId, sku, name) => unmapDialog.openFor(mappingId, externalId, sku, name)
            }
        }
    }

    SourceEditorDialog {
        id: editor
        objectName: "sourceEditor"
        controller: page.controller
    }
    SourceMapDialog {
        id: mapDialog
        objectName: "mapDialog"
        controller: page.controller
    }
    SourceDismissDialog {
        id: dismissDialog
        objectName: "dismissDialog"
        controller: page.controller
    }
    SourceUnmapDialog {
        id: unmapDialog
        objectName: "unmapDialog"
        controller: page.controller
    }
}
