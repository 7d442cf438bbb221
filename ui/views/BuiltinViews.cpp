// The views the navigation offers. Adding a view is one registerView() call here (see
// navigation/ViewRegistry.h for the order numbers reserved for the views still to come).
#include "CirclesView.h"
#include "ContactsView.h"
#include "TrashView.h"
#include "navigation/ViewRegistry.h"

#include <QCoreApplication>

namespace rapport::views {

void registerBuiltinViews()
{
    registerView({QStringLiteral("contacts"), 30, [] { return QCoreApplication::translate("Views", "Contacts"); },
                  QStringLiteral("contacts"), [](AppContext& c) -> View* { return new ContactsView(c); }});
    registerView({QStringLiteral("circles"), 40, [] { return QCoreApplication::translate("Views", "Circles"); },
                  QStringLiteral("circles"), [](AppContext& c) -> View* { return new CirclesView(c); }});
    registerView({QStringLiteral("trash"), 90, [] { return QCoreApplication::translate("Views", "Trash"); },
                  QStringLiteral("trash"), [](AppContext& c) -> View* { return new TrashView(c); }});
}

} // namespace rapport::views
