package cn.yingji.tenancy;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

@Configuration
class TenancyWebConfig implements WebFluxConfigurer {

    private final TenantDirectory directory;

    TenancyWebConfig(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(new ViewerArgumentResolver(directory));
    }
}
