import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Receives a delivery into a batch of the selected position: batch and lot numbers as printed,
// the quantity, and the dates (expiry needed; the alert date raises "expiring soon").
StockDialog {
    id: root
    heading: qsTr("Receive a batch")
    subheading: (controller.selected.sku || "") + " · " + (controller.selected.name || "") + " · " + (controller.selected.locationCode || "")
    actionText: qsTr("Receive")
    command: "receiveBatch"

    function openFor() {
        controller.beginAction("batch")
        for (const f of [batchNumber, lotNumber, quantity, expiry, alert, manufactured])
            f.text = ""
        open()
        batchNumber.focusInput()
    }
    onSubmitted: controller.receiveBatch(batchNumber.text, lotNumber.text, quantity.text,
                                         expiry.text, alert.text, manufactured.text)

    contentItem: GridLayout {
        columns: 2
        columnSpacing: 12
        rowSpacing: 10
        StockField {
            id: batchNumber
            controller: root.controller
            field: "batchNumber"
            label: qsTr("Batch number")
            placeholderText: qsTr("as printed, e.g. B2611-07")
            inputObjectName: "batchNumber"
        }
        StockField {
            id: lotNumber
            controller: root.controller
            field: "lotNumber"
            label: qsTr("Lot number (optional)")
            inputObjectName: "batchLot"
        }
        StockField {
            id: quantity
            controller: root.controller
            field: "quantity"
            label: qsTr("Quantity received (%1)").arg(root.controller.selected.unit || "")
            placeholderText: qsTr("e.g. 48")
            inputObjectName: "batchQuantity"
        }
        StockField {
            id: expiry
            controller: root.controller
            field: "expiry"
            label: qsTr("Expiry date")
            placeholderText: qsTr("YYYY-MM-DD or DD-MM-YYYY")
            inputObjectName: "batchExpiry"
        }
        StockField {
            id: alert
            controller: root.controller
            field: "alert"
            label: qsTr("Alert from (optional)")
            placeholderText: qsTr("when to flag it as expiring")
            inputObjectName: "batchAlert"
        }
        StockField {
            id: manufactured
            controller: root.controller
            field: "manufactured"
            label: qsTr("Manufactured on (optional)")
            placeholderText: qsTr("YYYY-MM-DD")
            inputObjectName: "batchManufactured"
        }
    }
}
