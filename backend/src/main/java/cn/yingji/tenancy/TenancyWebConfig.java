package cn.yingji.tenancy;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

@Configuration
class TenancyWebConfig implements WebFluxConfigurer {

    static {
        // the viewer comes from the token, never from the request: not a parameter of the OpenAPI document
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
    }

    private final TenantDirectory directory;

    TenancyWebConfig(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(new ViewerArgumentResolver(directory));
    }
}
