import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Records a movement of the selected position: what happened (the type decides the direction;
// "Adjustment" and "Count correction" ask which way), how much, why, and any reference.
StockDialog {
    id: root
    heading: qsTr("Adjust stock")
    subheading: (controller.selected.sku || "") + " · " + (controller.selected.name || "") + " · " + (controller.selected.locationCode || "")
    actionText: qsTr("Record movement")
    command: "adjust"

    readonly property var type: typeBox.currentIndex >= 0 ? controller.movementTypes[typeBox.currentIndex] : null
    readonly property bool either: type !== null && type.sign === "either"
    readonly property bool removing: type === null ? false : (type.sign === "either" ? removeButton.checked : type.sign === "removes")

    function openFor() {
        controller.beginAction("adjust")
        typeBox.currentIndex = 0
        addButton.checked = true
        quantity.text = ""
        reason.text = ""
        referenceType.text = ""
        reference.text = ""
        open()
        quantity.focusInput()
    }
    onSubmitted: controller.adjust(type ? type.key : "", quantity.text, removeButton.checked,
                                   reason.text, referenceType.text, reference.text)

    contentItem: ColumnLayout {
        spacing: 10

        ColumnLayout {
            spacing: 3
            Layout.fillWidth: true
            Label { text: qsTr("What happened"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold }
            ComboBox {
                id: typeBox
                objectName: "adjustType"
                model: root.controller.movementTypes
                textRole: "label"
                valueRole: "key"
                Layout.fillWidth: true
                onActivated: root.controller.clearFieldError("type")
            }
            Label {
                text: !root.type ? "" : root.type.sign === "adds" ? qsTr("Adds to the stock on hand.")
                      : root.type.sign === "removes" ? qsTr("Takes from the stock on hand.")
                      : qsTr("Adds or takes stock: choose which.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Label {
                visible: (root.controller.fieldErrors.type || "").length > 0
                text: root.controller.fieldErrors.type || ""
                color: Theme.bad
                font.pixelSize: Theme.fontSmall
            }
        }
        RowLayout {
            visible: root.either
            spacing: 12
            RadioButton { id: addButton; objectName: "adjustAdd"; text: qsTr("Add stock"); checked: true }
            RadioButton { id: removeButton; objectName: "adjustRemove"; text: qsTr("Remove stock") }
        }
        StockField {
            id: quantity
            controller: root.controller
            field: "quantity"
            label: (root.removing ? qsTr("Quantity to remove (%1)") : qsTr("Quantity to add (%1)")).arg(root.controller.selected.unit || "")
            placeholderText: qsTr("e.g. 12 or 2.5")
            inputObjectName: "adjustQuantity"
        }
        Label {
            objectName: "adjustPreview"
            // Re-read with the selection, whose figures may change while the form is open.
            text: root.controller.selected.version >= 0
                  ? root.controller.preview(root.type ? root.type.key : "", quantity.text, removeButton.checked) : ""
            visible: text.length > 0
            color: Theme.accent
            font.weight: Font.DemiBold
        }
        StockField {
            id: reason
            controller: root.controller
            field: "reason"
            label: qsTr("Reason (optional)")
            placeholderText: qsTr("e.g. Crushed in delivery")
            inputObjectName: "adjustReason"
        }
        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            StockField {
                id: referenceType
                controller: root.controller
                field: "referenceType"
                label: qsTr("Reference kind")
                placeholderText: qsTr("e.g. GRN, invoice")
                inputObjectName: "adjustReferenceType"
                Layout.preferredWidth: 160
                Layout.fillWidth: false
            }
            StockField {
                id: reference
                controller: root.controller
                field: "reference"
                label: qsTr("Reference")
                placeholderText: qsTr("e.g. GRN-20931")
                inputObjectName: "adjustReference"
            }
        }
        Label {
            text: qsTr("Moving stock to another location? Use Transfer, so it is received at the other end.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
