import { Select, type SelectProps } from 'antd';
import { unitOptions } from '../orgUnits';

type Props = Omit<SelectProps, 'options' | 'showSearch' | 'optionFilterProp'> & {
  units: readonly { id: string; name: string }[] | undefined;
};

/** A choice among organization units, searched by name. Form.Item's value, onChange and id pass through. */
export function UnitSelect({ units, ...props }: Props) {
  return <Select showSearch optionFilterProp="label" options={unitOptions(units)} {...props} />;
}
