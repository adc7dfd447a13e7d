import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Call off a scheduled price before it starts.
CommandDialog {
    id: root
    required property PriceController priceController
    controller: priceController
    property string priceId: ""
    property string description: ""
    command: "cancel"
    heading: qsTr("Cancel this scheduled price")
    subheading: description
    actionText: qsTr("Cancel the price")
    closeText: qsTr("Keep it")

    function openFor(id, text) {
        priceId = id
        description = text
        keep.checked = true
        priceController.beginAction("cancel")
        open()
    }
    onSubmitted: priceController.cancelPrice(priceId, keep.checked)

    contentItem: ColumnLayout {
        spacing: 8
        CheckBox {
            id: keep
            objectName: "priceCancelKeep"
            text: qsTr("Keep the price before it running in its place")
            checked: true
        }
        Label {
            text: keep.checked ? qsTr("The price that was to end when this one starts carries on until this one would have ended.")
                               : qsTr("The price before it still ends when this one was to start.")
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
