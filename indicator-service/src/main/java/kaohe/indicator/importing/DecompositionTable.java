package kaohe.indicator.importing;

import java.util.List;

/** The result of importing one decomposition table (目标责任考核指标任务分解表) file. */
public record DecompositionTable(List<ParsedIndicator> indicators, List<ImportProblem> problems) {

    public DecompositionTable {
        indicators = List.copyOf(indicators);
        problems = List.copyOf(problems);
    }
}
