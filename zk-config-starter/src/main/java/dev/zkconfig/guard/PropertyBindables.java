package dev.zkconfig.guard;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;

/**
 * The properties of a {@code @ConfigurationProperties} class that the binder sets one by
 * one, each as a bindable of its own type: for a class the guard cannot create a fresh
 * instance of (one built by a {@code @Bean} method through a constructor with arguments),
 * so that each value is still converted as the bean's rebinding will convert it, without
 * touching the bean in service.
 * <p>
 * The properties are the class's JavaBean properties with a setter, or with only a getter
 * when it returns a collection, a map or a nested object that the binder fills in place;
 * each carries the annotations of its field, as Spring Boot's binder reads them
 * ({@code @DurationUnit}, {@code @DataSizeUnit}).
 */
final class PropertyBindables {

	private PropertyBindables() {
	}

	/**
	 * Return the bindables of a class's properties.
	 * @param type the class
	 * @return each property's bindable by its name in dashed form, as under the prefix
	 */
	static Map<String, Bindable<?>> of(Class<?> type) {
		ResolvableType owner = ResolvableType.forClass(type);
		Map<String, Bindable<?>> bindables = new LinkedHashMap<>();
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			Method setter = property.getWriteMethod();
			Method getter = property.getReadMethod();
			MethodParameter parameter = null;
			if (setter != null) {
				parameter = new MethodParameter(setter, 0);
			}
			else if (getter != null && getter.getDeclaringClass() != Object.class
					&& !BeanUtils.isSimpleValueType(getter.getReturnType())) {
				parameter = new MethodParameter(getter, -1);
			}
			if (parameter != null) {
				Bindable<?> bindable = Bindable.of(ResolvableType.forMethodParameter(parameter, owner));
				Field field = ReflectionUtils.findField(type, property.getName());
				if (field != null) {
					bindable = bindable.withAnnotations(field.getDeclaredAnnotations());
				}
				bindables.put(DataObjectPropertyName.toDashedForm(property.getName()), bindable);
			}
		}
		return bindables;
	}

}
