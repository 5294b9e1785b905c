#include "GuiStartup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    fleet::ui::GuiStartup startup(app);
#ifdef FLEET_SOURCE_RECORDINGS
    startup.setBuildTreeRecordings(QStringLiteral(FLEET_SOURCE_RECORDINGS));
#endif
    return startup.run();
}
