import { OnDeviceCalculator } from '@tensorscope/scaling-chart';

/** The on-device calculator full-frame: `/embed/on-device?model=llama-3.2-3b&locale=ko`. */
export default function OnDeviceEmbed({ model }: { model: string | undefined }) {
  return <OnDeviceCalculator {...(model ? { model } : {})} />;
}
