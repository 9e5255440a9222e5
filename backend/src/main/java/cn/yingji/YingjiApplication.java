package cn.yingji;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Yingji 应急: the emergency-management platform for province, city and county offices. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class YingjiApplication {

    public static void main(String[] args) {
        SpringApplication.run(YingjiApplication.class, args);
    }
}
