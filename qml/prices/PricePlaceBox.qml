import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import Stockroom.Ui

// Where prices are shown as in effect: every location's price, or one location's (its own price
// where it has one). For pages that show a price beside other things, such as the catalog.
ComboBox {
    id: root
    required property LocationModel locations
    signal chosen(string locationId)

    property var choices: [{ locationId: "", label: qsTr("Prices: every location") }]
    Instantiator {
        id: rows
        model: root.locations
        delegate: QtObject {
            required property string locationId
            required property string code
        }
        onObjectAdded: root.refresh()
        onObjectRemoved: root.refresh()
    }
    function refresh() {
        const list = [{ locationId: "", label: qsTr("Prices: every location") }]
        for (let i = 0; i < rows.count; ++i) {
            const o = rows.objectAt(i)
            if (o)
                list.push({ locationId: o.locationId, label: qsTr("Prices at %1").arg(o.code) })
        }
        choices = list
    }
    model: choices
    textRole: "label"
    valueRole: "locationId"
    onActivated: chosen(currentValue)
}
