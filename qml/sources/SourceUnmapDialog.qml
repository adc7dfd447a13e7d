import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// Asks before an external id stops naming its item.
SourceDialog {
    id: root
    property string mappingId: ""
    property string externalId: ""
    property string sku: ""
    property string name: ""

    heading: qsTr("Unmap “%1”?").arg(externalId)
    actionText: qsTr("Unmap")
    command: "unmap_external_id"

    function openFor(id, ext, itemSku, itemName) {
        mappingId = id
        externalId = ext
        sku = itemSku
        name = itemName
        open()
    }
    onSubmitted: controller.unmap(mappingId)

    Label {
        text: qsTr("“%1” will no longer name %2 (%3). An import that sends it again will treat it as a code it does not know.")
              .arg(root.externalId).arg(root.sku).arg(root.name)
        wrapMode: Text.WordWrap
        color: Theme.text
        lineHeight: 1.15
        Layout.fillWidth: true
        Layout.preferredWidth: 480
    }
}
