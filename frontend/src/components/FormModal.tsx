import { App as AntdApp, Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import type { ReactNode } from 'react';

interface Props<V, R> {
  /** The dialog's title, which is also its accessible name. */
  title: ReactNode;
  /** The form's name; antd derives the fields' ids (and so their labels' targets) from it. */
  name: string;
  /** The buttons' texts; antd's zh-CN 确定/取消 when absent. */
  okText?: string;
  cancelText?: string;
  okButtonProps?: ButtonProps;
  width?: number;
  /** Whether a click beside the dialog closes it (and loses what was typed). */
  maskClosable?: boolean;
  /** The caller's form instance, when it watches or sets fields itself. */
  form?: FormInstance<V>;
  initialValues?: Partial<V>;
  onValuesChange?: (changed: Partial<V>, values: V) => void;
  'data-testid'?: string;
  /** Sends the validated values: the mutation's promise. */
  submit: (values: V) => Promise<R>;
  /** The mutation is in flight (the OK button spins). */
  pending: boolean;
  /** Said once the submit succeeded; the dialog then closes. */
  saved: string;
  onClose: () => void;
  /** After a successful submit, once closed: e.g. to open what was created. */
  onSaved?: (result: R) => void;
  /**
   * After a failed submit, which the central handler has already shown; the dialog stays open (nothing typed
   * is lost) unless this closes it.
   */
  onFailed?: (error: unknown) => void;
  /** The form items (and any text or alert shown above them). */
  children: ReactNode;
}

/**
 * A dialog around one form: OK validates and submits it through a mutation, success is said and closes the
 * dialog, a failure keeps it open. Mounted only while open (its parent unmounts it on close), so every
 * opening starts from the initial values.
 */
export function FormModal<V extends object, R = unknown>({
  title,
  name,
  okText,
  cancelText,
  okButtonProps,
  width,
  maskClosable = false,
  form: callerForm,
  initialValues,
  onValuesChange,
  'data-testid': testId,
  submit,
  pending,
  saved,
  onClose,
  onSaved,
  onFailed,
  children,
}: Props<V, R>) {
  const { message } = AntdApp.useApp();
  const [form] = Form.useForm<V>(callerForm);

  // Promise callbacks, not mutate() callbacks: these run even if the dialog re-mounted meanwhile.
  const finish = (values: V) => {
    submit(values)
      .then((result) => {
        void message.success(saved);
        onClose();
        onSaved?.(result);
      })
      .catch((error: unknown) => onFailed?.(error));
  };

  return (
    <Modal
      open
      width={width}
      title={title}
      okText={okText}
      cancelText={cancelText}
      okButtonProps={okButtonProps}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={maskClosable}
    >
      <Form<V>
        form={form}
        layout="vertical"
        name={name}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={finish}
        style={{ marginTop: 16 }}
        data-testid={testId}
      >
        {children}
      </Form>
    </Modal>
  );
}
