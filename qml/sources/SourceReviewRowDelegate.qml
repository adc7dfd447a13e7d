import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One open review item: its kind, the external id and its source, why it waits, and the two
// variants at stake.
ItemDelegate {
    id: root
    required property int index
    required property string itemId
    required property string kind
    required property string kindTitle
    required property string externalId
    required property string sourceName
    required property string reason
    required property int sightings
    required property string lastSeen
    required property string mappedSku
    required property string proposedSku
    required property string proposedName
    property bool selected: ListView.isCurrentItem

    height: 74
    topPadding: 8
    bottomPadding: 8
    leftPadding: Theme.cellInset
    rightPadding: Theme.cellInset + Theme.scrollBarRoom

    background: Rectangle {
        color: root.selected ? Theme.selection : (root.hovered ? Theme.surfaceAlt : Theme.surface)
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.border
        }
    }

    contentItem: ColumnLayout {
        spacing: 3
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            StockBadge { tone: root.kind === "conflict" ? "bad" : "warn"; text: root.kindTitle }
            Label {
                text: root.externalId
                font.family: Theme.monoFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
                Layout.maximumWidth: 260
            }
            Label {
                text: root.sourceName
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: root.sightings > 1 ? qsTr("%1× · %2").arg(root.sightings).arg(root.lastSeen) : root.lastSeen
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        Label {
            text: root.reason
            color: Theme.text
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: root.kind === "conflict"
                  ? qsTr("Mapped to %1 · the row names %2").arg(root.mappedSku).arg(root.proposedSku || qsTr("another item"))
                  : (root.proposedSku.length > 0 ? qsTr("Looks like %1 · %2").arg(root.proposedSku).arg(root.proposedName)
                                                 : qsTr("No likely item found"))
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
