package cn.yingji.compliance;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The snapshot command: {@code java -jar yingji-backend.jar --spring.main.web-application-type=none
 * --yingji.compliance.snapshot-now=true} computes this month's figures of every tenant once (what the job does
 * every interval), logs how long it took, and exits. The benchmark fills the national snapshot with it.
 */
@Component
@ConditionalOnProperty("yingji.compliance.snapshot-now")
class ComplianceSnapshotCommand implements ApplicationRunner {

    private final ComplianceSnapshotJob job;
    private final ConfigurableApplicationContext context;

    ComplianceSnapshotCommand(ComplianceSnapshotJob job, ConfigurableApplicationContext context) {
        this.job = job;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        job.runOnce();
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
