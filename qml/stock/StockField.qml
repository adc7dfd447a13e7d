import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// A labelled field of a stock form. A problem the controller marked outlines it and says why
// underneath; editing the field clears the mark.
StaffFormField {
    id: root
    required property StockController controller
    // The name StockController uses for this field in fieldErrors.
    required property string field
    error: controller.fieldErrors[field] || ""
    onEdited: controller.clearFieldError(field)
    Layout.fillWidth: true
}
