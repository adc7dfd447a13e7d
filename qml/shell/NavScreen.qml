import QtQuick

// One screen of the signed-in window: the area it belongs to (AppController.areas says which
// areas the role may use), its rail entry, and the page itself.
QtObject {
    property string area
    property string title
    property string glyph
    property Component page
}
