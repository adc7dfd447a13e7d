import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The selected review item: why it waits, the row as the source sent it, the variant the id maps
// to now beside the one the row proposes, and the four ways to resolve it.
Rectangle {
    id: root
    required property SourcesController controller
    property var item: ({})
    readonly property bool hasItem: item !== undefined && item.itemId !== undefined
    signal mapToAnotherRequested()
    signal dismissRequested()
    color: Theme.surface

    Rectangle { anchors { left: parent.left; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.border }

    // One of the two variants at stake, or what is missing.
    component VariantCard: Rectangle {
        id: card
        property string heading
        property var variant: ({})
        property string missing
        property bool emphasised: false
        readonly property bool known: !!(variant && variant.id)
        radius: Theme.radius
        color: emphasised ? Theme.accentSoft : Theme.surfaceAlt
        border.color: emphasised ? Theme.accent : Theme.border
        implicitHeight: cardText.implicitHeight + 20
        ColumnLayout {
            id: cardText
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 10 }
            spacing: 2
            Label {
                text: card.heading
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.textMuted
            }
            Label {
                text: card.known ? card.variant.sku : card.missing
                font.family: card.known ? Theme.monoFamily : Qt.application.font.family
                font.pixelSize: Theme.fontBody
                font.weight: card.known ? Font.DemiBold : Font.Normal
                color: card.known ? Theme.text : Theme.textMuted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: card.known
                text: card.known ? card.variant.name : ""
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }

    ScrollView {
        id: scroller
        anchors { fill: parent; leftMargin: 1 }
        visible: root.hasItem
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 6

            ColumnLayout {
                Layout.fillWidth: true
                Layout.margins: 20
                Layout.bottomMargin: 0
                spacing: 4
                RowLayout {
                    spacing: 8
                    StockBadge {
                        tone: root.item.kind === "conflict" ? "bad" : "warn"
                        text: root.item.kindTitle || ""
                    }
                    Label {
                        // The kind only where the name does not already say it ("Dark-store feed").
                        text: !root.item.sourceName ? ""
                              : root.item.sourceName.toLowerCase() === root.item.sourceTypeTitle.toLowerCase() ? root.item.sourceName
                              : qsTr("%1 · %2").arg(root.item.sourceName).arg(root.item.sourceTypeTitle)
                        color: Theme.textMuted
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Label {
                    objectName: "detailExternalId"
                    text: root.item.externalId || ""
                    font.family: Theme.monoFamily
                    font.pixelSize: 17
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
                Label {
                    text: root.item.seen || ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "detailReason"
                    text: root.item.reason || ""
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.topMargin: 6
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                spacing: 8
                SectionHeader { text: qsTr("Mapping") }
                RowLayout {
                    spacing: 10
                    Layout.fillWidth: true
                    VariantCard {
                        objectName: "mappedCard"
                        heading: qsTr("Mapped now")
                        variant: root.item.mapped
                        missing: qsTr("Not mapped to any item")
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                    }
                    Label { text: "→"; color: Theme.textMuted; font.pixelSize: 18; Layout.alignment: Qt.AlignVCenter }
                    VariantCard {
                        objectName: "proposedCard"
                        heading: root.item.kind === "conflict" ? qsTr("The row names") : qsTr("Looks like")
                        variant: root.item.proposed
                        missing: qsTr("No likely item found")
                        emphasised: root.item.proposesOther === true
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                    }
                }

                ColumnLayout {
                    spacing: 6
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    PrimaryButton {
                        objectName: "mapProposedButton"
                        visible: root.item.proposesOther === true
                        text: root.item.proposed ? qsTr("Map to %1").arg(root.item.proposed.sku) : ""
                        enabled: !root.controller.busy
                        Layout.fillWidth: true
                        onClicked: {
                            root.controller.clearMessages()
                            root.controller.resolveByMapping(root.item.itemId, "")
                        }
                    }
                    RowLayout {
                        spacing: 6
                        Layout.fillWidth: true
                        Button {
                            objectName: "mapAnotherButton"
                            text: qsTr("Map to another…")
                            enabled: !root.controller.busy
                            Layout.fillWidth: true
                            onClicked: root.mapToAnotherRequested()
                        }
                        Button {
                            objectName: "keepButton"
                            visible: root.item.hasMapped === true
                            text: qsTr("Keep current")
                            enabled: !root.controller.busy
                            Layout.fillWidth: true
                            onClicked: {
                                root.controller.clearMessages()
                                root.controller.resolveByKeeping(root.item.itemId)
                            }
                        }
                        Button {
                            objectName: "dismissButton"
                            text: qsTr("Dismiss…")
                            enabled: !root.controller.busy
                            Layout.fillWidth: true
                            onClicked: root.dismissRequested()
                        }
                    }
                    Label {
                        objectName: "reviewRefusal"
                        visible: root.controller.commandError.length > 0 && !root.controller.busy
                        text: root.controller.commandError
                        color: Theme.bad
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }

                SectionHeader { text: qsTr("Received from the source") }
                Repeater {
                    objectName: "receivedLines"
                    model: root.item.received || []
                    FactRow {
                        required property var modelData
                        label: modelData.label
                        value: modelData.value
                        Layout.fillWidth: true
                    }
                }
                Label {
                    visible: !root.item.received || root.item.received.length === 0
                    text: qsTr("The source sent nothing but the id.")
                    color: Theme.textMuted
                }
                Item { Layout.preferredHeight: 16 }
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 48
        visible: !root.hasItem
        title: qsTr("Choose an item")
        hint: qsTr("Select an external id in the queue to see what the source sent and decide where it belongs.")
    }
}
