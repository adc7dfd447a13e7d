import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Writes off what is left of a batch (or part of it) as expired or damaged.
StockDialog {
    id: root
    property string batchId: ""
    property string batchNumber: ""
    property string onHand: ""
    heading: qsTr("Write off batch %1").arg(batchNumber)
    subheading: qsTr("%1 left · %2 at %3").arg(onHand).arg(controller.selected.sku || "").arg(controller.selected.locationCode || "")
    actionText: qsTr("Write off")
    command: "writeOffBatch"

    function openFor(id, number, left) {
        batchId = id
        batchNumber = number
        onHand = left
        controller.beginAction("writeoff")
        expiredButton.checked = true
        quantity.text = ""
        reason.text = ""
        open()
    }
    onSubmitted: controller.writeOffBatch(batchId, quantity.text,
                                          damagedButton.checked ? "damage" : "expiry_writeoff", reason.text)

    contentItem: ColumnLayout {
        spacing: 10
        RowLayout {
            spacing: 12
            RadioButton { id: expiredButton; objectName: "writeOffExpired"; text: qsTr("Expired"); checked: true }
            RadioButton { id: damagedButton; objectName: "writeOffDamaged"; text: qsTr("Damaged") }
        }
        StockField {
            id: quantity
            controller: root.controller
            field: "quantity"
            label: qsTr("Quantity in %1 (empty: all %2 left)").arg(root.controller.selected.unit || "").arg(root.onHand)
            inputObjectName: "writeOffQuantity"
        }
        StockField {
            id: reason
            controller: root.controller
            field: "reason"
            label: qsTr("Reason (optional)")
            inputObjectName: "writeOffReason"
        }
    }
}
