#pragma once

#include <QIcon>

namespace rapport::icons {

/// Loads the compiled-in resources (the UI is a static library, so the linker needs a nudge).
void initResources();

/// An action icon from resources/icons/actions, drawn in the palette's text colour so it reads
/// on light and dark themes alike (the SVGs use currentColor).
QIcon icon(const QString& name);

/// The application icon (org.rapport.Rapport.svg).
QIcon appIcon();

} // namespace rapport::icons
