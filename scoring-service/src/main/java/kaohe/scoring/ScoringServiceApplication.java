package kaohe.scoring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The scoring context: projections of every context's events into progress, scorecards, rankings and warnings;
 * the office's supervision acts and scoring rules; rebuilds, views as of a past date, what-ifs and exports.
 */
@SpringBootApplication
public class ScoringServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ScoringServiceApplication.class, args);
    }
}
