import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The ledger, newest first: of the selected position, or of every position the list's filter
// shows. Pages in as it scrolls.
ColumnLayout {
    id: root
    required property StockController controller
    readonly property StockLedgerModel ledger: controller.ledger
    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 14
        Layout.rightMargin: 14
        Layout.topMargin: 6
        Label {
            text: root.controller.ledgerForFilter ? qsTr("Every position in the list") : qsTr("This position")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            Layout.fillWidth: true
        }
        Switch {
            objectName: "ledgerForFilter"
            text: qsTr("Whole list")
            checked: root.controller.ledgerForFilter
            onToggled: root.controller.ledgerForFilter = checked
        }
    }

    ListView {
        id: list
        objectName: "ledgerList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.ledger
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        function loadIfNearEnd() {
            if (contentHeight - (contentY + height) < 600)
                root.ledger.loadMore()
        }
        onContentYChanged: loadIfNearEnd()
        onCountChanged: loadIfNearEnd()

        delegate: ItemDelegate {
            id: row
            required property string when
            required property string who
            required property string typeLabel
            required property string delta
            required property int direction
            required property string batch
            required property string reason
            required property string reference
            required property string sku
            required property string locationCode
            width: ListView.view.width
            padding: 10
            leftPadding: 14
            rightPadding: 14
            background: Rectangle {
                color: Theme.surface
                Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.border }
            }
            contentItem: RowLayout {
                spacing: 10
                ColumnLayout {
                    spacing: 1
                    Layout.fillWidth: true
                    Label {
                        text: row.typeLabel + (root.controller.ledgerForFilter ? "  ·  " + row.sku + " @ " + row.locationCode : "")
                        font.weight: Font.DemiBold
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.when + " · " + row.who
                              + (row.batch.length > 0 ? qsTr(" · batch %1").arg(row.batch) : "")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: text.length > 0
                        text: [row.reason, row.reference].filter(s => s.length > 0).join(" · ")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                Label {
                    text: row.delta
                    font.pixelSize: 15
                    font.weight: Font.DemiBold
                    color: row.direction < 0 ? Theme.bad : Theme.good
                    Layout.alignment: Qt.AlignTop
                }
            }
        }

        EmptyState {
            anchors.centerIn: parent
            width: parent.width - 40
            visible: list.count === 0 && root.ledger.loadedOnce && !root.ledger.loading
            title: qsTr("No movements")
            hint: qsTr("Nothing has moved in or out here yet.")
        }
        BusyIndicator {
            anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: 8 }
            running: root.ledger.loading
            visible: running
            width: 28; height: 28
        }
    }
}
