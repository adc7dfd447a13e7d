import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// End a running price sooner: now, or at a time to come. What was charged stays on record.
CommandDialog {
    id: root
    required property PriceController priceController
    controller: priceController
    property string priceId: ""
    property string description: ""
    command: "end"
    heading: qsTr("End this price")
    subheading: description
    actionText: qsTr("End price")

    function openFor(id, text) {
        priceId = id
        description = text
        priceController.beginAction("end")
        endsField.text = ""
        open()
        endsField.focusInput()
    }
    onSubmitted: priceController.endPrice(priceId, endsField.text)

    contentItem: ColumnLayout {
        spacing: 12
        Label {
            text: qsTr("From then on, the next price in line applies (a price of the location's own beats every location's, a channel's beats the default). Nothing is ended in the past.")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        PriceField {
            id: endsField
            label: qsTr("Ends")
            inputObjectName: "priceEndAt"
            placeholderText: qsTr("now, or 2026-12-31 23:59")
            field: "to"
            errors: root.priceController.fieldErrors
        }
    }
}
