package kaohe.indicator.web;

import kaohe.testengines.ServiceBaselineChecks;

class IndicatorServiceBaselineTest extends ServiceBaselineChecks {
}
