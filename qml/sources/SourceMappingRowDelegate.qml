import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// One external id of the source and the item it names.
ItemDelegate {
    id: root
    required property int index
    required property string mappingId
    required property string externalId
    required property string entityType
    required property string sku
    required property string variantName
    required property bool archived
    required property string since
    required property var columns
    property bool busy: false
    signal unmapClicked(string mappingId, string externalId, string sku, string name)

    height: Theme.rowHeight
    topPadding: 0
    bottomPadding: 0
    leftPadding: Theme.cellInset
    rightPadding: Theme.cellInset + Theme.scrollBarRoom

    background: Rectangle {
        color: root.hovered ? Theme.surfaceAlt : Theme.surface
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.border
        }
    }

    contentItem: RowLayout {
        spacing: 12
        Label {
            text: root.externalId
            font.family: Theme.monoFamily
            font.pixelSize: Theme.fontBody
            color: Theme.text
            elide: Text.ElideMiddle // the ends of a code tell codes apart
            Layout.preferredWidth: root.columns.externalId
        }
        Label {
            text: root.sku
            font.family: Theme.monoFamily
            font.pixelSize: 12
            color: Theme.textMuted
            elide: Text.ElideRight
            Layout.preferredWidth: root.columns.sku
        }
        RowLayout {
            spacing: 6
            Layout.fillWidth: true
            Label {
                text: root.variantName
                font.pixelSize: Theme.fontBody
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            StockBadge { visible: root.archived; text: qsTr("Archived") }
        }
        Label {
            text: root.since
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            Layout.preferredWidth: root.columns.since
        }
        Button {
            objectName: "unmap_" + root.externalId
            text: qsTr("Unmap…")
            flat: true
            enabled: !root.busy
            Layout.preferredWidth: root.columns.action
            onClicked: root.unmapClicked(root.mappingId, root.externalId, root.sku, root.variantName)
        }
    }
}
