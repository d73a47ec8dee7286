package com.jixiao.render;

import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * The FreeMarker configuration of every template jixiao runs, PDF and mail alike. A user's template
 * is untrusted input, so it gets data and nothing else:
 *
 * <ul>
 *   <li>{@code ?new} may instantiate no class ({@link
 *       TemplateClassResolver#ALLOWS_NOTHING_RESOLVER}): with the default resolver {@code
 *       "freemarker.template.utility.Execute"?new()} runs a shell command;
 *   <li>{@code ?api} stays off, so a value never exposes the Java object behind it;
 *   <li>of the Java objects in a model only the read accessors of records are visible ({@link
 *       RecordAccessorsOnly}): no {@code getClass()}, no constructors, no fields, no methods that
 *       take arguments;
 *   <li>templates are read only through the loader given (a {@link TemplateFolder} keeps them in
 *       their folder).
 * </ul>
 */
public final class SandboxedConfiguration {
  private SandboxedConfiguration() {}

  /** A configuration reading templates through {@code loader}, with the sandbox's limits. */
  public static Configuration create(TemplateLoader loader) {
    Configuration config = new Configuration(Configuration.VERSION_2_3_35);
    config.setDefaultEncoding("UTF-8");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    DefaultObjectWrapperBuilder wrapper =
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
    wrapper.setExposureLevel(BeansWrapper.EXPOSE_SAFE);
    wrapper.setExposeFields(false);
    wrapper.setMemberAccessPolicy(new RecordAccessorsOnly());
    config.setObjectWrapper(wrapper.build());
    config.setTemplateLoader(loader);
    return config;
  }

  /**
   * What a template may call on a Java object: the public, non-static, argument-free methods that a
   * record declares and that return a value (its components, {@code model.store}), except {@code
   * hashCode} and {@code toString}. Lists, maps, strings, numbers and booleans are wrapped as
   * FreeMarker values, not as objects, and do not need it.
   */
  static final class RecordAccessorsOnly implements MemberAccessPolicy {
    private static final Set<String> HIDDEN = Set.of("hashCode", "toString");

    private static final ClassMemberAccessPolicy POLICY =
        new ClassMemberAccessPolicy() {
          @Override
          public boolean isMethodExposed(Method method) {
            return exposed(method);
          }

          @Override
          public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
          }

          @Override
          public boolean isFieldExposed(Field field) {
            return false;
          }
        };

    static boolean exposed(Method method) {
      int modifiers = method.getModifiers();
      return method.getDeclaringClass().isRecord()
          && Modifier.isPublic(modifiers)
          && !Modifier.isStatic(modifiers)
          && method.getParameterCount() == 0
          && method.getReturnType() != void.class
          && !HIDDEN.contains(method.getName());
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
      return POLICY;
    }

    @Override
    public boolean isToStringAlwaysExposed() {
      return false;
    }
  }
}
