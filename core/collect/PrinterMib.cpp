#include "collect/PrinterMib.h"

#include <QHash>

namespace fleet::mib {

namespace {
struct Entry
{
    qint64 value;
    const char *name;
};

// Values and names from RFC 2790 (HOST-RESOURCES-MIB) and RFC 3805/3806 (Printer-MIB, IANA-PRINTER-MIB).
constexpr Entry kHrDeviceStatus[] = {{1, "unknown"}, {2, "running"}, {3, "warning"}, {4, "testing"}, {5, "down"}};
constexpr Entry kHrPrinterStatus[] = {{1, "other"}, {2, "unknown"}, {3, "idle"}, {4, "printing"}, {5, "warmup"}};
constexpr Entry kSupplyType[] = {
    {1, "other"},
    {2, "unknown"},
    {3, "toner"},
    {4, "wasteToner"},
    {5, "ink"},
    {6, "inkCartridge"},
    {7, "inkRibbon"},
    {8, "wasteInk"},
    {9, "opc"},
    {10, "developer"},
    {11, "fuserOil"},
    {12, "solidWax"},
    {13, "ribbonWax"},
    {14, "wasteWax"},
    {15, "fuser"},
    {16, "coronaWire"},
    {17, "fuserOilWick"},
    {18, "cleanerUnit"},
    {19, "fuserCleaningPad"},
    {20, "transferUnit"},
    {21, "tonerCartridge"},
    {22, "fuserOiler"},
    {23, "water"},
    {24, "wasteWater"},
    {25, "glueWaterAdditive"},
    {26, "wastePaper"},
    {27, "bindingSupply"},
    {28, "bandingSupply"},
    {29, "stitchingWire"},
    {30, "shrinkWrap"},
    {31, "paperWrap"},
    {32, "staples"},
    {33, "inserts"},
    {34, "covers"},
    {35, "matteToner"},
    {36, "matteInk"},
};
constexpr Entry kSupplyClass[] = {
    {1, "other"}, {2, "unknown"}, {3, "supplyThatIsConsumed"}, {4, "receptacleThatIsFilled"}};
constexpr Entry kSupplyUnit[] = {
    {1, "other"},
    {2, "unknown"},
    {3, "tenThousandthsOfInches"},
    {4, "micrometers"},
    {5, "characters"},
    {6, "lines"},
    {7, "impressions"},
    {8, "sheets"},
    {9, "dotRow"},
    {11, "hours"},
    {12, "thousandthsOfOunces"},
    {13, "tenthsOfGrams"},
    {14, "hundrethsOfFluidOunces"},
    {15, "tenthsOfMilliliters"},
    {16, "feet"},
    {17, "meters"},
    {18, "items"},
    {19, "percent"},
};
constexpr Entry kCounterUnit[] = {
    {3, "tenThousandthsOfInches"},
    {4, "micrometers"},
    {5, "characters"},
    {6, "lines"},
    {7, "impressions"},
    {8, "sheets"},
    {9, "dotRow"},
    {11, "hours"},
    {16, "feet"},
    {17, "meters"},
};
constexpr Entry kMarkTech[] = {
    {1, "other"},
    {2, "unknown"},
    {3, "electrophotographicLED"},
    {4, "electrophotographicLaser"},
    {5, "electrophotographicOther"},
    {6, "impactMovingHeadDotMatrix9pin"},
    {7, "impactMovingHeadDotMatrix24pin"},
    {8, "impactMovingHeadDotMatrixOther"},
    {9, "impactMovingHeadFullyFormed"},
    {10, "impactBand"},
    {11, "impactOther"},
    {12, "inkjetAqueous"},
    {13, "inkjetSolid"},
    {14, "inkjetOther"},
    {15, "pen"},
    {16, "thermalTransfer"},
    {17, "thermalSensitive"},
    {18, "thermalDiffusion"},
    {19, "thermalOther"},
    {20, "electroerosion"},
    {21, "electrostatic"},
    {22, "photographicMicrofiche"},
    {23, "photographicImagesetter"},
    {24, "photographicOther"},
    {25, "ionDeposition"},
    {26, "eBeam"},
    {27, "typesetter"},
};
constexpr Entry kAlertSeverity[] = {{1, "other"}, {3, "critical"}, {4, "warning"}, {5, "warningBinaryChangeEvent"}};
constexpr Entry kAlertTraining[] = {{1, "other"},
                                    {2, "unknown"},
                                    {3, "untrained"},
                                    {4, "trained"},
                                    {5, "fieldService"},
                                    {6, "management"},
                                    {7, "noInterventionRequired"}};
constexpr Entry kAlertGroup[] = {
    {1, "other"},
    {3, "hostResourcesMIBStorageTable"},
    {4, "hostResourcesMIBDeviceTable"},
    {5, "generalPrinter"},
    {6, "cover"},
    {7, "localization"},
    {8, "input"},
    {9, "output"},
    {10, "marker"},
    {11, "markerSupplies"},
    {12, "markerColorant"},
    {13, "mediaPath"},
    {14, "channel"},
    {15, "interpreter"},
    {16, "consoleDisplayBuffer"},
    {17, "consoleLights"},
    {18, "alert"},
    {30, "finDevice"},
    {31, "finSupply"},
    {32, "finSupplyMediaInput"},
    {33, "finAttribute"},
};
constexpr Entry kAlertCode[] = {
    {1, "other"},
    {2, "unknown"},
    {3, "coverOpen"},
    {4, "coverClosed"},
    {5, "interlockOpen"},
    {6, "interlockClosed"},
    {7, "configurationChange"},
    {8, "jam"},
    {9, "subunitMissing"},
    {10, "subunitLifeAlmostOver"},
    {11, "subunitLifeOver"},
    {12, "subunitAlmostEmpty"},
    {13, "subunitEmpty"},
    {14, "subunitAlmostFull"},
    {15, "subunitFull"},
    {16, "subunitNearLimit"},
    {17, "subunitAtLimit"},
    {18, "subunitOpened"},
    {19, "subunitClosed"},
    {20, "subunitTurnedOn"},
    {21, "subunitTurnedOff"},
    {22, "subunitOffline"},
    {23, "subunitPowerSaver"},
    {24, "subunitWarmingUp"},
    {25, "subunitAdded"},
    {26, "subunitRemoved"},
    {27, "subunitResourceAdded"},
    {28, "subunitResourceRemoved"},
    {29, "subunitRecoverableFailure"},
    {30, "subunitUnrecoverableFailure"},
    {31, "subunitRecoverableStorageError"},
    {32, "subunitUnrecoverableStorageError"},
    {33, "subunitMotorFailure"},
    {34, "subunitMemoryExhausted"},
    {35, "subunitUnderTemperature"},
    {36, "subunitOverTemperature"},
    {37, "subunitTimingFailure"},
    {38, "subunitThermistorFailure"},
    {501, "doorOpen"},
    {502, "doorClosed"},
    {503, "powerUp"},
    {504, "powerDown"},
    {505, "printerNMSReset"},
    {506, "printerManualReset"},
    {507, "printerReadyToPrint"},
    {801, "inputMediaTrayMissing"},
    {802, "inputMediaSizeChange"},
    {803, "inputMediaWeightChange"},
    {804, "inputMediaTypeChange"},
    {805, "inputMediaColorChange"},
    {806, "inputMediaFormPartsChange"},
    {807, "inputMediaSupplyLow"},
    {808, "inputMediaSupplyEmpty"},
    {809, "inputManualInputRequest"},
    {810, "inputTrayPositionFailure"},
    {811, "inputTrayElevationFailure"},
    {812, "inputCannotFeedSizeSelected"},
    {901, "outputMediaTrayMissing"},
    {902, "outputMediaTrayAlmostFull"},
    {903, "outputMediaTrayFull"},
    {904, "outputMailboxSelectFailure"},
    {1001, "markerFuserUnderTemperature"},
    {1002, "markerFuserOverTemperature"},
    {1003, "markerFuserTimingFailure"},
    {1004, "markerFuserThermistorFailure"},
    {1005, "markerAdjustingPrintQuality"},
    {1101, "markerTonerEmpty"},
    {1102, "markerInkEmpty"},
    {1103, "markerPrintRibbonEmpty"},
    {1104, "markerTonerAlmostEmpty"},
    {1105, "markerInkAlmostEmpty"},
    {1106, "markerPrintRibbonAlmostEmpty"},
    {1107, "markerWasteTonerReceptacleAlmostFull"},
    {1108, "markerWasteInkReceptacleAlmostFull"},
    {1109, "markerWasteTonerReceptacleFull"},
    {1110, "markerWasteInkReceptacleFull"},
    {1111, "markerOpcLifeAlmostOver"},
    {1112, "markerOpcLifeOver"},
    {1113, "markerDeveloperAlmostEmpty"},
    {1114, "markerDeveloperEmpty"},
    {1115, "markerTonerCartridgeMissing"},
    {1301, "mediaPathMediaTrayMissing"},
    {1302, "mediaPathMediaTrayAlmostFull"},
    {1303, "mediaPathMediaTrayFull"},
    {1304, "mediaPathcannotDuplexMediaSelected"},
    {1501, "interpreterMemoryIncrease"},
    {1502, "interpreterMemoryDecrease"},
    {1503, "interpreterCartridgeAdded"},
    {1504, "interpreterCartridgeDeleted"},
    {1505, "interpreterResourceAdded"},
    {1506, "interpreterResourceDeleted"},
    {1507, "interpreterResourceUnavailable"},
    {1509, "interpreterComplexPageEncountered"},
    {1801, "alertRemovalOfBinaryChangeEntry"},
};
constexpr Entry kCoverStatus[] = {
    {1, "other"}, {3, "coverOpen"}, {4, "coverClosed"}, {5, "interlockOpen"}, {6, "interlockClosed"}};
constexpr Entry kInputType[] = {{1, "other"},
                                {2, "unknown"},
                                {3, "sheetFeedAutoRemovableTray"},
                                {4, "sheetFeedAutoNonRemovableTray"},
                                {5, "sheetFeedManual"},
                                {6, "continuousRoll"},
                                {7, "continuousFanFold"}};
constexpr Entry kLangFamily[] = {
    {1, "other"},
    {2, "unknown"},
    {3, "langPCL"},
    {4, "langHPGL"},
    {5, "langPJL"},
    {6, "langPS"},
    {7, "langIPDS"},
    {8, "langPPDS"},
    {9, "langEscapeP"},
    {10, "langEpson"},
    {11, "langDDIF"},
    {12, "langInterpress"},
    {13, "langISO6429"},
    {14, "langLineData"},
    {15, "langMODCA"},
    {16, "langRegis"},
    {17, "langSCS"},
    {18, "langSPDL"},
    {19, "langTEK4014"},
    {20, "langPDS"},
    {21, "langIGP"},
    {22, "langCodeV"},
    {23, "langDSCDSE"},
    {24, "langWPS"},
    {25, "langLN03"},
    {26, "langCCITT"},
    {27, "langQUIC"},
    {28, "langCPAP"},
    {29, "langDecPPL"},
    {30, "langSimpleText"},
    {31, "langNPAP"},
    {32, "langDOC"},
    {33, "langimPress"},
    {34, "langPinwriter"},
    {35, "langNPDL"},
    {36, "langNEC201PL"},
    {37, "langAutomatic"},
    {38, "langPages"},
    {39, "langLIPS"},
    {40, "langTIFF"},
    {41, "langDiagnostic"},
    {42, "langPSPrinter"},
    {43, "langCaPSL"},
    {44, "langEXCL"},
    {45, "langLCDS"},
    {46, "langXES"},
    {47, "langPCLXL"},
    {48, "langART"},
    {49, "langTIPSI"},
    {50, "langPrescribe"},
    {51, "langLinePrinter"},
    {52, "langIDP"},
    {53, "langXJCL"},
    {54, "langPDF"},
    {55, "langRPDL"},
    {56, "langIntermecIPL"},
    {57, "langUBIFingerprint"},
    {58, "langUBIDirectProtocol"},
    {59, "langFujitsu"},
    {60, "langCGM"},
    {61, "langJPEG"},
    {62, "langCALS1"},
    {63, "langCALS2"},
    {64, "langNIRS"},
    {65, "langC4"},
};
constexpr const char *kDetectedErrorBits[] = {
    "lowPaper",
    "noPaper",
    "lowToner",
    "noToner",
    "doorOpen",
    "jammed",
    "offline",
    "serviceRequested",
    "inputTrayMissing",
    "outputTrayMissing",
    "markerSupplyMissing",
    "outputNearFull",
    "outputFull",
    "inputTrayEmpty",
    "overduePreventMaint",
};

template <size_t N> const char *find(const Entry (&table)[N], qint64 v)
{
    for (const Entry &e : table)
        if (e.value == v)
            return e.name;
    return nullptr;
}
} // namespace

QString enumName(Enum e, qint64 v)
{
    const char *n = nullptr;
    switch (e) {
    case Enum::HrDeviceStatus:
        n = find(kHrDeviceStatus, v);
        break;
    case Enum::HrPrinterStatus:
        n = find(kHrPrinterStatus, v);
        break;
    case Enum::SupplyType:
        n = find(kSupplyType, v);
        break;
    case Enum::SupplyClass:
        n = find(kSupplyClass, v);
        break;
    case Enum::SupplyUnit:
        n = find(kSupplyUnit, v);
        break;
    case Enum::CounterUnit:
        n = find(kCounterUnit, v);
        break;
    case Enum::MarkTech:
        n = find(kMarkTech, v);
        break;
    case Enum::AlertSeverity:
        n = find(kAlertSeverity, v);
        break;
    case Enum::AlertTraining:
        n = find(kAlertTraining, v);
        break;
    case Enum::AlertGroup:
        n = find(kAlertGroup, v);
        break;
    case Enum::AlertCode:
        n = find(kAlertCode, v);
        break;
    case Enum::CoverStatus:
        n = find(kCoverStatus, v);
        break;
    case Enum::InputType:
        n = find(kInputType, v);
        break;
    case Enum::LangFamily:
        n = find(kLangFamily, v);
        break;
    }
    return n ? QString::fromLatin1(n) : QString();
}

EnumValue enumValue(Enum e, qint64 v)
{
    return {v, enumName(e, v)};
}

QStringList detectedErrorNames(const QByteArray &octets)
{
    QStringList names;
    const int bits = int(octets.size()) * 8;
    for (int bit = 0; bit < bits; ++bit) {
        const auto byte = static_cast<quint8>(octets.at(bit / 8));
        if (!(byte & (0x80 >> (bit % 8))))
            continue;
        if (bit < int(std::size(kDetectedErrorBits)))
            names << QString::fromLatin1(kDetectedErrorBits[bit]);
        else
            names << QStringLiteral("bit%1").arg(bit);
    }
    return names;
}

} // namespace fleet::mib
