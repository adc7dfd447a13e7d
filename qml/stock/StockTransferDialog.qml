import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Sends stock of the selected position to another location; it leaves now and is in transit
// there until someone receives it.
StockDialog {
    id: root
    // Locations to choose from (the page's list, whose first entry is "All locations").
    required property var choices
    heading: qsTr("Transfer stock")
    subheading: qsTr("%1 · %2 — %3 available at %4").arg(controller.selected.sku || "").arg(controller.selected.name || "")
                .arg(controller.selected.available || "").arg(controller.selected.locationCode || "")
    actionText: qsTr("Send")
    command: "transfer"

    readonly property var destinations: choices.filter(c => c.locationId.length > 0 && c.active
                                                            && c.locationId !== controller.selected.locationId)

    function openFor() {
        controller.beginAction("transfer")
        destinationBox.currentIndex = -1
        quantity.text = ""
        reason.text = ""
        open()
    }
    onSubmitted: controller.transfer(destinationBox.currentIndex >= 0 ? destinationBox.currentValue : "",
                                     quantity.text, reason.text)

    contentItem: ColumnLayout {
        spacing: 10
        ColumnLayout {
            spacing: 3
            Layout.fillWidth: true
            Label { text: qsTr("To"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold }
            ComboBox {
                id: destinationBox
                objectName: "transferDestination"
                model: root.destinations
                textRole: "label"
                valueRole: "locationId"
                displayText: currentIndex < 0 ? qsTr("Choose a location") : currentText
                Layout.fillWidth: true
                onActivated: root.controller.clearFieldError("destination")
            }
            Label {
                visible: (root.controller.fieldErrors.destination || "").length > 0
                text: root.controller.fieldErrors.destination || ""
                color: Theme.bad
                font.pixelSize: Theme.fontSmall
            }
            Label {
                visible: root.destinations.length === 0
                text: qsTr("There is no other location in your scope to send to.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        StockField {
            id: quantity
            controller: root.controller
            field: "quantity"
            label: qsTr("Quantity to send (%1)").arg(root.controller.selected.unit || "")
            placeholderText: qsTr("e.g. 24")
            inputObjectName: "transferQuantity"
        }
        StockField {
            id: reason
            controller: root.controller
            field: "reason"
            label: qsTr("Reason (optional)")
            placeholderText: qsTr("e.g. Restock the shop floor")
            inputObjectName: "transferReason"
        }
    }
}
