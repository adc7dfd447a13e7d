import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Set a price for a period, or schedule a change, for the selected item where the list is.
// The fields start from the price in effect; a price above the MRP turns red as it is typed,
// and the database's refusal (an overlap names the range it hits) shows under the form.
CommandDialog {
    id: root
    required property PriceController priceController
    controller: priceController
    property string mode: "schedule" // or "set"
    command: mode
    heading: mode === "set" ? qsTr("Set a price for %1").arg(priceController.placeText)
                            : qsTr("Change the price at %1").arg(priceController.placeText)
    subheading: (priceController.selected.sku || "") + " · " + (priceController.selected.name || "")
    actionText: mode === "set" ? qsTr("Set price") : qsTr("Schedule change")

    function openAs(which) {
        mode = which
        priceController.beginAction(mode)
        const s = priceController.selected
        mrpField.text = s.mrpInput || ""
        priceField.text = s.priceInput || ""
        taxField.text = s.taxInput || ""
        fromField.text = ""
        toField.text = ""
        open()
        priceField.focusInput()
    }
    function check() {
        priceController.checkForm(mrpField.text, priceField.text, taxField.text, fromField.text, toField.text, false)
    }
    onSubmitted: {
        if (mode === "set")
            priceController.setPrice(mrpField.text, priceField.text, taxField.text, fromField.text, toField.text)
        else
            priceController.scheduleChange(mrpField.text, priceField.text, taxField.text, fromField.text, toField.text)
    }

    contentItem: ColumnLayout {
        spacing: 12
        Label {
            text: root.mode === "set"
                  ? qsTr("A price of %1's own on the %2 channel for a period. It may not overlap another %1 price on this channel: end or change that one instead.")
                        .arg(root.priceController.placeText).arg(root.priceController.channel || "default")
                  : qsTr("From the start, this price replaces the one %1 has on the %2 channel, which ends then. Leave Starts empty to change it now, and Ends empty to run until the next scheduled price (or open-ended).")
                        .arg(root.priceController.placeText).arg(root.priceController.channel || "default")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            PriceField {
                id: mrpField
                label: qsTr("MRP (₹)")
                inputObjectName: "priceFormMrp"
                placeholderText: qsTr("empty: no MRP")
                field: "mrp"
                errors: root.priceController.fieldErrors
                Layout.preferredWidth: 1 // equal shares with the price
                Layout.alignment: Qt.AlignTop
                onEdited: root.check()
            }
            PriceField {
                id: priceField
                label: qsTr("Selling price (₹)")
                inputObjectName: "priceFormPrice"
                field: "price"
                errors: root.priceController.fieldErrors
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                onEdited: root.check()
            }
            PriceField {
                id: taxField
                label: qsTr("GST %")
                inputObjectName: "priceFormTax"
                field: "tax"
                errors: root.priceController.fieldErrors
                Layout.preferredWidth: 90
                Layout.fillWidth: false
                Layout.alignment: Qt.AlignTop
                onEdited: root.check()
            }
        }
        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            PriceField {
                id: fromField
                label: root.mode === "set" ? qsTr("From") : qsTr("Starts")
                inputObjectName: "priceFormFrom"
                placeholderText: qsTr("now, or 2026-12-01 09:00")
                field: "from"
                errors: root.priceController.fieldErrors
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                onEdited: root.check()
            }
            PriceField {
                id: toField
                label: qsTr("Ends")
                inputObjectName: "priceFormTo"
                placeholderText: root.mode === "set" ? qsTr("open-ended") : qsTr("until the next price")
                field: "to"
                errors: root.priceController.fieldErrors
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                onEdited: root.check()
            }
        }
    }
}
