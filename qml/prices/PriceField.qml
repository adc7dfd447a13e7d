import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts

// A labelled field of a price form. A problem the controller marked outlines it in red and says
// why underneath.
StaffFormField {
    id: root
    // fieldErrors of the controller the form belongs to, and this field's name in it.
    property var errors: ({})
    required property string field
    error: errors[field] || ""
    Layout.fillWidth: true
}
