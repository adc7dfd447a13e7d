import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The selected position: its figures, the actions on it, and its batches, inbound transfers and
// ledger.
Rectangle {
    id: root
    required property StockController controller
    readonly property var p: controller.selected
    signal adjustRequested()
    signal transferRequested()
    signal receiveBatchRequested()
    signal writeOffRequested(string batchId, string batchNumber, string onHand)

    color: Theme.surface
    Rectangle { anchors { left: parent.left; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.border }

    component Figure: ColumnLayout {
        property alias label: title.text
        property alias value: amount.text
        property color tone: Theme.text
        spacing: 0
        Layout.fillWidth: true
        Label { id: title; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
        Label { id: amount; color: parent.tone; font.pixelSize: 18; font.weight: Font.DemiBold }
    }

    ColumnLayout {
        anchors { fill: parent; leftMargin: 1 }
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: 18
            Layout.bottomMargin: 8
            spacing: 4
            Label {
                objectName: "detailName"
                text: root.p.name || ""
                font.pixelSize: 17
                font.weight: Font.Bold
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 6
                Label {
                    text: (root.p.sku || "") + "  ·  " + (root.p.locationCode || "") + "  ·  " + qsTr("in %1").arg(root.p.unit || "")
                    color: Theme.textMuted
                    font.family: Theme.monoFamily
                    font.pixelSize: 12
                }
                StockBadge {
                    visible: root.p.level === "out" || root.p.level === "low"
                    text: root.p.level === "out" ? qsTr("Out of stock") : qsTr("Low stock")
                    tone: root.p.level === "out" ? "bad" : "warn"
                }
                StockBadge { visible: root.p.expiring === true; text: qsTr("Batch expiring"); tone: "warn" }
            }
            GridLayout {
                columns: 3
                columnSpacing: 12
                rowSpacing: 8
                Layout.topMargin: 10
                Layout.fillWidth: true
                Figure { objectName: "figureOnHand"; label: qsTr("On hand"); value: root.p.onHand || "" }
                Figure { label: qsTr("Reserved"); value: root.p.reserved || "" }
                Figure {
                    objectName: "figureAvailable"
                    label: qsTr("Available")
                    value: root.p.available || ""
                    tone: root.p.level === "out" ? Theme.bad : root.p.level === "low" ? Theme.warn : Theme.text
                }
                Figure { objectName: "figureInTransit"; label: qsTr("In transit"); value: root.p.inTransit || "" }
                Figure { label: qsTr("Reorder point"); value: root.p.reorderPoint || "" }
                Figure { label: qsTr("Maximum"); value: (root.p.maxStock || "").length > 0 ? root.p.maxStock : "–" }
            }
            FactRow {
                Layout.topMargin: 6
                Layout.fillWidth: true
                label: qsTr("Where")
                value: (root.p.where || "").length > 0 ? root.p.where : qsTr("No shelf recorded")
            }
            FactRow {
                Layout.fillWidth: true
                label: qsTr("Last change")
                value: qsTr("%1 (version %2)").arg(root.p.lastModified || "").arg(root.p.version || 0)
            }
            RowLayout {
                spacing: 8
                Layout.topMargin: 8
                PrimaryButton {
                    objectName: "adjustButton"
                    text: qsTr("Adjust…")
                    enabled: !root.controller.busy
                    onClicked: root.adjustRequested()
                }
                Button {
                    objectName: "transferButton"
                    text: qsTr("Transfer…")
                    enabled: !root.controller.busy
                    onClicked: root.transferRequested()
                }
                Button {
                    objectName: "receiveBatchButton"
                    text: qsTr("Receive batch…")
                    enabled: !root.controller.busy
                    onClicked: root.receiveBatchRequested()
                }
            }
        }

        TabBar {
            id: tabs
            objectName: "detailTabs"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            TabButton { objectName: "batchesTab"; text: qsTr("Batches (%1)").arg(root.controller.batches.count) }
            TabButton { objectName: "inboundTab"; text: qsTr("In transit (%1)").arg(root.controller.inbound.count) }
            TabButton { objectName: "ledgerTab"; text: qsTr("Ledger") }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            StockBatchList {
                controller: root.controller
                onWriteOffRequested: (batchId, batchNumber, onHand) => root.writeOffRequested(batchId, batchNumber, onHand)
            }
            StockInboundList { controller: root.controller }
            StockLedgerList { controller: root.controller }
        }
    }
}
