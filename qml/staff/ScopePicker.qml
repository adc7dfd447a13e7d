import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// Chooses the stores, locations and dark stores a staff member works in. Only what the role can
// take is offered: everything for a store manager, dark stores for a floor supervisor, nothing
// for an admin.
ColumnLayout {
    id: root
    required property var places
    property string role: "store_manager"
    property var chosen: ({})
    property string error: ""
    signal edited()
    spacing: 2

    function setChosen(ids) {
        const m = {}
        for (let i = 0; i < ids.length; ++i)
            m[ids[i]] = true
        chosen = m
    }
    function offers(type) {
        return role === "store_manager" || (role === "floor_supervisor" && type === "dark_store")
    }
    // The chosen ids of one type, leaving out what this role cannot take.
    function idsOf(type) {
        if (!offers(type))
            return []
        return places.filter(p => p.type === type && chosen[p.id] === true).map(p => p.id)
    }

    Label {
        visible: root.role === "admin"
        text: qsTr("An admin acts on the whole tenant: there are no stores to choose.")
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    Repeater {
        model: [
            { type: "store", title: qsTr("Stores") },
            { type: "location", title: qsTr("Locations") },
            { type: "dark_store", title: qsTr("Dark stores") }
        ]
        delegate: ColumnLayout {
            id: group
            required property var modelData
            readonly property var shown: root.places.filter(p => p.type === group.modelData.type)
            visible: root.offers(group.modelData.type)
            spacing: 0
            Layout.fillWidth: true

            Label {
                text: group.modelData.title
                color: Theme.text
                font.weight: Font.DemiBold
                font.pixelSize: Theme.fontBody
                topPadding: 6
            }
            Repeater {
                model: group.shown
                delegate: RowLayout {
                    id: place
                    required property var modelData
                    spacing: 6
                    Layout.fillWidth: true
                    CheckBox {
                        id: tick
                        objectName: "place_" + place.modelData.code
                        text: place.modelData.code + "  " + place.modelData.name
                        checked: root.chosen[place.modelData.id] === true
                        onToggled: {
                            const m = Object.assign({}, root.chosen)
                            if (tick.checked)
                                m[place.modelData.id] = true
                            else
                                delete m[place.modelData.id]
                            root.chosen = m
                            root.edited()
                        }
                    }
                    Label {
                        text: place.modelData.detail
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        horizontalAlignment: Text.AlignRight
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                visible: group.shown.length === 0
                text: qsTr("None in this tenant.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    Label {
        objectName: "scopeError"
        visible: root.error.length > 0
        text: root.error
        color: Theme.bad
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.topMargin: 4
    }
}
