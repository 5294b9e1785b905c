#include "DemoBanner.h"

#include "MainWindow.h"
#include "demo/DemoFleet.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QToolBar>

namespace fleet::ui {

DemoBanner::DemoBanner(MainWindow &window, demo::DemoFleet &demo)
    : QObject(&window)
    , m_bar(new QToolBar(QApplication::translate("main", "Demo fleet"), &window))
    , m_text(new QLabel(m_bar))
    , m_demo(demo)
{
    m_bar->setObjectName(QStringLiteral("demoBanner"));
    m_bar->setMovable(false);
    m_bar->setFloatable(false);
    m_bar->setAutoFillBackground(true);
    m_bar->setBackgroundRole(QPalette::ToolTipBase);
    m_bar->setForegroundRole(QPalette::ToolTipText);
    m_text->setObjectName(QStringLiteral("demoStatus"));
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setWordWrap(true);
    m_text->setContentsMargins(8, 4, 8, 4);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bar->addWidget(m_text);
    if (QAction *discover = window.findChild<QAction *>(QStringLiteral("discover"))) {
        QAction *setUp =
            m_bar->addAction(QApplication::translate("main", "Set up discovery…"), discover, &QAction::trigger);
        setUp->setObjectName(QStringLiteral("demoSetUpDiscovery"));
    }
    QAction *dismiss = m_bar->addAction(QApplication::translate("main", "Dismiss"), m_bar, &QWidget::hide);
    dismiss->setObjectName(QStringLiteral("demoDismiss"));
    dismiss->setToolTip(QApplication::translate("main", "Hide this message"));
    window.addToolBarBreak();
    window.addToolBar(Qt::TopToolBarArea, m_bar);
    m_text->setText(QApplication::translate("main", "Demo fleet: starting simulated printers on loopback…"));
}

void DemoBanner::showReady(int printers)
{
    m_text->setText(QApplication::translate("main",
                                            "Demo fleet: %n simulated printer(s) on %1 to %2 — set up "
                                            "discovery to monitor your own printers.",
                                            nullptr, printers)
                        .arg(m_demo.firstAddress(), m_demo.lastAddress()));
}

void DemoBanner::showFailed(const QString &reason)
{
    m_text->setText(QApplication::translate("main", "Demo fleet unavailable: %1 Set up discovery to monitor your "
                                                    "own printers.")
                        .arg(reason));
}

} // namespace fleet::ui
