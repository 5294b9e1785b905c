#include <QTest>
class TstSimulator : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TstSimulator)
#include "tst_simulator.moc"
